"""Outgoing e-mail through the server named by SMTP_URL (smtp://user:pass@host:587, smtps://…:465)."""
import logging
import smtplib
import ssl
import threading
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

log = logging.getLogger(__name__)


def sender_for(url):
    """The From address: ?from=… in the URL, else the login when it is an address, else no-reply@host."""
    chosen = parse_qs(url.query).get("from")
    if chosen:
        return chosen[0]
    username = unquote(url.username or "")
    return username if "@" in username else f"no-reply@{url.hostname}"


def send_mail(smtp_url, to, subject, body):
    """Send one plain-text message; STARTTLS whenever a plain smtp:// server offers it."""
    url = urlsplit(smtp_url)
    implicit_tls = url.scheme == "smtps"
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender_for(url), to, subject
    message.set_content(body)
    context = ssl.create_default_context()
    if implicit_tls:
        server = smtplib.SMTP_SSL(url.hostname, url.port or 465, timeout=15, context=context)
    else:
        server = smtplib.SMTP(url.hostname, url.port or 25, timeout=15)
    with server:
        server.ehlo()
        if not implicit_tls and server.has_extn("starttls"):
            server.starttls(context=context)
            server.ehlo()
        if url.username:
            server.login(unquote(url.username), unquote(url.password or ""))
        server.send_message(message)


def _send_logged(smtp_url, to, subject, body):
    try:
        send_mail(smtp_url, to, subject, body)
    except (OSError, smtplib.SMTPException):
        log.exception("could not send an e-mail to %s", to)


def send_in_background(smtp_url, to, subject, body):
    """Send without making the request wait (or reveal, by its duration, that the address exists)."""
    thread = threading.Thread(target=_send_logged, args=(smtp_url, to, subject, body), daemon=True)
    thread.start()
    return thread
