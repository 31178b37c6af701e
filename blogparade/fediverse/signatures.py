"""HTTP Signatures on ActivityPub requests.

Two kinds arrive: **draft-cavage** (``Signature: keyId=…,headers=…,signature=…`` with a
``Digest``), which Mastodon and most of the fediverse send and expect, and **RFC 9421**
(``Signature-Input`` + ``Signature`` with a ``Content-Digest``), which Fedify and newer servers
send. RFC 9421 is verified by the ``http-message-signatures`` library. draft-cavage has no
maintained Python library that works with today's ``cryptography`` (``httpsig`` was last
released in 2019, ``bovine`` pins ``cryptography<46``), so its signing string is built here
from the draft, and the RSA arithmetic is ``cryptography``'s. We sign with draft-cavage,
which every server understands.

A signature is good only if it covers the method and target, the host, a date within
:data:`WINDOW` (a replayed request is refused) and a digest that matches the body.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from functools import lru_cache
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature as CryptoInvalid
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

WINDOW = timedelta(hours=1)  # how old a signed Date may be (and 5 minutes in the future)
FUTURE = timedelta(minutes=5)
_PARAM = re.compile(r'\s*([a-zA-Z]+)\s*=\s*"([^"]*)"\s*(?:,|$)')


class SignatureError(Exception):
    """The request is unsigned, or its signature does not hold. ``key_may_be_stale``: only
    the signature itself did not match, which a rotated key explains."""

    def __init__(self, message: str, *, key_may_be_stale: bool = False) -> None:
        super().__init__(message)
        self.key_may_be_stale = key_may_be_stale


@dataclass(frozen=True)
class Request:
    """What a signature covers: method, absolute URL, headers (lower-case names), body."""

    method: str
    url: str
    headers: Mapping[str, str]
    body: bytes


def generate_key() -> tuple[str, str]:
    """A new RSA key pair (2048 bits, as Mastodon uses): ``(private PEM, public PEM)``."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return private, public


def key_id_of(request: Request) -> str:
    """The ``keyId`` a request says it is signed with ('' when unsigned)."""
    headers = request.headers
    if "signature-input" in headers:
        match = re.search(r'keyid="([^"]+)"', headers["signature-input"])
        return match.group(1) if match else ""
    if "signature" in headers:
        return _cavage_params(headers["signature"]).get("keyId", "")
    return ""


def verify(request: Request, public_key_pem: str, now: datetime | None = None) -> None:
    """Check the request's signature with the key in ``public_key_pem``; raise
    :class:`SignatureError` when it does not hold."""
    if "signature-input" in request.headers:
        _verify_rfc9421(request, public_key_pem)
    elif "signature" in request.headers:
        _verify_cavage(request, public_key_pem, now or datetime.now(UTC))
    else:
        raise SignatureError("The request is not signed.")


def _cavage_params(header: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in _PARAM.finditer(header)}


def _digest_ok(header: str, body: bytes) -> bool:
    for part in header.split(","):
        name, _, value = part.strip().partition("=")
        if name.lower() == "sha-256":
            return base64.b64encode(hashlib.sha256(body).digest()).decode() == value.strip()
    return False


def _target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _signing_string(request: Request, names: list[str]) -> str:
    lines = []
    for name in names:
        if name == "(request-target)":
            lines.append(f"(request-target): {request.method.lower()} {_target(request.url)}")
        elif name in request.headers:
            lines.append(f"{name}: {request.headers[name]}")
        else:
            raise SignatureError(f"The signed header {name} is missing.")
    return "\n".join(lines)


def _public_key(pem: str) -> rsa.RSAPublicKey:
    try:
        key = serialization.load_pem_public_key(pem.encode())
    except ValueError as exc:
        raise SignatureError("The key is no public key.") from exc
    if not isinstance(key, rsa.RSAPublicKey):
        raise SignatureError("Only RSA keys are understood.")
    return key


def _verify_cavage(request: Request, public_key_pem: str, now: datetime) -> None:
    params = _cavage_params(request.headers["signature"])
    names = params.get("headers", "date").lower().split()
    needed = {"(request-target)", "host", "date"}
    if request.method.upper() == "POST":
        needed.add("digest")
    if not needed <= set(names):
        raise SignatureError(f"The signature must cover {', '.join(sorted(needed))}.")
    try:
        signed_at = parsedate_to_datetime(request.headers.get("date", ""))
    except (TypeError, ValueError):
        raise SignatureError("The Date header cannot be read.") from None
    if signed_at.tzinfo is None:
        signed_at = signed_at.replace(tzinfo=UTC)
    if not now - WINDOW <= signed_at <= now + FUTURE:
        raise SignatureError("The signed Date is too old or in the future.")
    if request.method.upper() == "POST" and not _digest_ok(request.headers["digest"], request.body):
        raise SignatureError("The Digest does not match the body.")
    if params.get("algorithm", "rsa-sha256").lower() not in ("rsa-sha256", "hs2019"):
        raise SignatureError("Unknown signature algorithm.")
    try:
        signature = base64.b64decode(params.get("signature", ""), validate=True)
    except ValueError:
        raise SignatureError("The signature is not base64.") from None
    try:
        _public_key(public_key_pem).verify(
            signature,
            _signing_string(request, names).encode(),
            padding.PKCS1v15(),
            hashes.SHA256(),
        )
    except CryptoInvalid:
        raise SignatureError("The signature does not match.", key_may_be_stale=True) from None


class _Message:
    """The view of a request ``http-message-signatures`` reads."""

    def __init__(self, request: Request) -> None:
        self.method = request.method.upper()
        self.url = request.url
        self.headers = dict(request.headers)


def _verify_rfc9421(request: Request, public_key_pem: str) -> None:
    from http_message_signatures import HTTPMessageVerifier, HTTPSignatureKeyResolver
    from http_message_signatures import algorithms as sig_algorithms
    from http_message_signatures.exceptions import HTTPMessageSignaturesException

    class Keys(HTTPSignatureKeyResolver):
        def resolve_public_key(self, key_id: str):
            return public_key_pem.encode()

    verifier = HTTPMessageVerifier(
        signature_algorithm=sig_algorithms.RSA_V1_5_SHA256, key_resolver=Keys()
    )
    verifier.max_clock_skew = FUTURE
    try:
        results = verifier.verify(_Message(request), max_age=WINDOW, body=request.body)
    except HTTPMessageSignaturesException as exc:
        raise SignatureError(
            f"The signature does not hold: {exc}",
            key_may_be_stale="verif" in str(exc).lower() or "signature" in str(exc).lower(),
        ) from None
    for result in results:
        covered = {str(c).strip('"').split(";")[0].strip('"') for c in result.covered_components}
        if "@method" not in covered or not (
            "@target-uri" in covered or {"@authority", "@path"} <= covered
        ):
            raise SignatureError("The signature must cover the method and the target.")


def sign(
    method: str,
    url: str,
    body: bytes,
    key_id: str,
    private_key_pem: str,
    now: datetime | None = None,
) -> dict[str, str]:
    """Headers that sign a request with draft-cavage (``rsa-sha256``): Host, Date, Digest
    (for a body) and Signature."""
    parts = urlsplit(url)
    headers = {
        "host": parts.netloc,
        "date": format_datetime(now or datetime.now(UTC), usegmt=True),
    }
    names = ["(request-target)", "host", "date"]
    if method.upper() == "POST":
        headers["digest"] = "SHA-256=" + base64.b64encode(hashlib.sha256(body).digest()).decode()
        names.append("digest")
    request = Request(method, url, headers, body)
    signature = _private_key(private_key_pem).sign(
        _signing_string(request, names).encode(), padding.PKCS1v15(), hashes.SHA256()
    )
    headers["signature"] = (
        f'keyId="{key_id}",algorithm="rsa-sha256",headers="{" ".join(names)}",'
        f'signature="{base64.b64encode(signature).decode()}"'
    )
    return headers


@lru_cache(maxsize=256)
def _private_key(pem: str) -> rsa.RSAPrivateKey:
    """A loaded key, kept: loading checks the key, which costs about 35 ms each time."""
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise TypeError("not an RSA key")
    return key


def resolve_and_verify(request: Request, fetch_key: Callable[[str, bool], str]) -> str:
    """Verify with the key ``fetch_key(key_id, fresh)`` returns; when only the signature
    does not match, ask once more for a fresh copy (the key may have been rotated). Returns
    the verified ``keyId``."""
    key_id = key_id_of(request)
    if not key_id:
        raise SignatureError("The request is not signed.")
    try:
        verify(request, fetch_key(key_id, False))
    except SignatureError as exc:
        if not exc.key_may_be_stale:
            raise
        verify(request, fetch_key(key_id, True))
    return key_id
