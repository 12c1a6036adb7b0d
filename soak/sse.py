"""A Server-Sent Events client for the stock-alert stream, through nginx."""
import json
import socket
import time

from shop import call


def ticket(stack, token):
    response = call(stack, "POST", "/api/admin/stock_alerts/ticket", token=token)
    assert response.status == 200, response.body
    return response.json()["token"]


class Stream:
    """One open stream: events() yields ("ping", None) for heartbeats and (name, data) for events."""

    def __init__(self, stack, stream_ticket, timeout=30):
        self.connection = stack.connection(timeout=timeout)
        self.connection.request("GET", f"/api/admin/stock_alerts?token={stream_ticket}",
                                headers={"Accept": "text/event-stream"})
        self.response = self.connection.getresponse()
        self.status = self.response.status

    def next_event(self):
        """The next event or heartbeat; None when the server ended the stream."""
        name, data = None, None
        while True:
            try:
                line = self.response.readline()
            except (OSError, ValueError):
                return None
            if not line:
                return None
            line = line.decode().rstrip("\n")
            if line.startswith(": ping"):
                return "ping", None
            if line.startswith("event: "):
                name = line[len("event: "):]
            elif line.startswith("data: "):
                data = json.loads(line[len("data: "):])
            elif line == "" and name:
                return name, data

    def wait_for(self, wanted, timeout):
        """Read until an event named `wanted` (its data), None if the stream ends or time runs out."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            event = self.next_event()
            if event is None:
                return None
            if event[0] == wanted:
                return event[1]
        return None

    def close(self):
        try:
            self.connection.sock.shutdown(socket.SHUT_RDWR)
        except (OSError, AttributeError):
            pass
        self.response.close()
        self.connection.close()
