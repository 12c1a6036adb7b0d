def test_health_reports_the_database(client):
    response = client.get("/api/health")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "database": "ok"}


def test_config_gives_the_currency_and_store(client):
    body = client.get("/api/config").json
    assert body["currency"] == "MAD"
    assert body["store_name"] == "DentalTech Pro"
    assert body["low_stock_threshold"] == 10


def test_unknown_route_is_json_404(client):
    response = client.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.json == {"message": "Ressource introuvable."}


def test_wrong_method_is_json_405(client):
    response = client.delete("/api/config")
    assert response.status_code == 405
    assert "message" in response.json


def test_openapi_document_and_docs_are_served_locally(client):
    spec = client.get("/api/openapi.json").json
    assert spec["openapi"].startswith("3.")
    assert "/api/health" in spec["paths"]
    page = client.get("/api/docs").get_data(as_text=True)
    assert "/api/docs/assets/swagger-ui-bundle.js" in page
    assert "cdn" not in page.lower()
    asset = client.get("/api/docs/assets/swagger-ui-bundle.js")
    assert asset.status_code == 200
    asset.close()
