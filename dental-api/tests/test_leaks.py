"""What an answer must not give away: secrets kept out of caches, and no way to tell a known e-mail
from an unknown one at login (same answer, about the same time)."""
import statistics
import time

import pytest

from .auth_helpers import bearer, login, session_of
from .factories import PASSWORD, make_user


def test_every_answer_carrying_a_secret_is_no_store(client, app):
    admin = make_user("admin", email="admin@example.com")
    customer = make_user(email="client@example.com")
    pair = session_of(client, admin)
    answers = {
        "login": login(client, admin.email),
        "register": client.post("/api/auth/register", json={
            "email": "nouveau@example.com", "password": "Nouveau-secret-2026", "full_name": "Dr Nouveau"}),
        "refresh": client.post("/api/auth/refresh", headers=bearer(pair["refresh_token"])),
        "change-password": client.post("/api/auth/change-password", headers=bearer(pair["access_token"]),
                                       json={"current_password": PASSWORD,
                                             "new_password": "Encore-un-secret-2026"}),
    }
    admin_token = session_of(client, admin, "Encore-un-secret-2026")["access_token"]
    answers["stream ticket"] = client.post("/api/admin/stock_alerts/ticket", headers=bearer(admin_token))
    answers["reset link"] = client.post(f"/api/admin/users/{customer.id}/reset-link",
                                        headers=bearer(admin_token))
    for name, response in answers.items():
        assert response.status_code in (200, 201), (name, response.json)
        assert response.headers.get("Cache-Control") == "no-store", name


@pytest.fixture
def production_bcrypt_cost(app):
    """bcrypt at a cost where it, not the test client, sets the time of a login."""
    rounds = app.config["BCRYPT_ROUNDS"]
    app.config["BCRYPT_ROUNDS"] = 10
    yield
    app.config["BCRYPT_ROUNDS"] = rounds


def test_unknown_email_and_wrong_password_look_the_same(client, production_bcrypt_cost):
    user = make_user(email="dentiste@example.com")
    unknown = login(client, "inconnu@example.com", "Mauvais-secret-2026")
    wrong = login(client, user.email, "Mauvais-secret-2026")
    assert unknown.status_code == wrong.status_code == 401
    assert unknown.json == wrong.json
    assert sorted(unknown.headers.keys()) == sorted(wrong.headers.keys())
    print(f"login, unknown e-mail and wrong password: {unknown.status_code} {unknown.json}, "
          f"the same {len(unknown.headers)} headers")


def test_unknown_email_and_wrong_password_take_the_same_time(client, production_bcrypt_cost):
    """Median of 15 each, interleaved: within 10 % of each other (a ratio, not a duration).

    The ratio is taken on the process's CPU time, the work the server does for each answer (what a
    remote clock sees, minus this shared machine's scheduling noise); wall times are printed too.
    """
    user = make_user(email="dentiste@example.com")
    login(client, user.email, "Mauvais-secret-2026")  # warm the decoy hash and the code paths
    login(client, "inconnu@example.com", "Mauvais-secret-2026")
    cpu, wall = {"unknown": [], "wrong": []}, {"unknown": [], "wrong": []}
    for _ in range(15):
        for kind, email in (("unknown", "inconnu@example.com"), ("wrong", user.email)):
            cpu_start, wall_start = time.process_time(), time.perf_counter()
            assert login(client, email, "Mauvais-secret-2026").status_code == 401
            cpu[kind].append(time.process_time() - cpu_start)
            wall[kind].append(time.perf_counter() - wall_start)
    medians = {kind: (statistics.median(cpu[kind]), statistics.median(wall[kind])) for kind in cpu}
    ratio = medians["unknown"][0] / medians["wrong"][0]
    print("login medians (cpu, wall): " + ", ".join(
        f"{kind} {c * 1000:.1f} ms, {w * 1000:.1f} ms" for kind, (c, w) in medians.items())
        + f"; cpu ratio {ratio:.2f}")
    assert 0.9 <= ratio <= 1.1, medians
