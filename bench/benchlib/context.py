"""What a row gets: the running stack, the data sets, an admin session, the progress line."""
import json
import urllib.request

from . import data
import dbtools


class Context:
    def __init__(self, bench, catalog_db, progress):
        self.bench = bench
        self.catalog_db = catalog_db
        self.progress = progress
        self.figures = {}  # figures a later row compares with (P9 and P10 use P1's)
        self._large_db = None
        self._tokens = {}

    def large_api(self):
        """The API on the 100k data set (seeded or reused on first use)."""
        if self._large_db is None:
            self._large_db = data.ensure("large", self.progress)
        return self.bench.start_large(self._large_db)

    @property
    def large_db(self):
        self.large_api()
        return self._large_db

    def admin_token(self, base):
        if base not in self._tokens:
            email, password = data.seeded_admin()
            self._tokens[base] = post_json(base + "/api/auth/login",
                                           {"email": email, "password": password})["access_token"]
        return self._tokens[base]

    def sql(self, statement, database=None):
        return dbtools.psql(database or self.catalog_db, statement)


def post_json(url, body, headers=None):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())
