#!/usr/bin/env bash
# The local run's token keys: makes an RSA key pair in .state/keys once (nothing is committed), and
# prints a bearer token for the local analyst (RS256, issuer seatwise, group analyst, valid 12 h).
#   deploy/local/keys.sh              prints a token on stdout
#   deploy/local/keys.sh public-key   prints the public key's path (the gateway's SEATWISE_JWT_PUBLIC_KEY)
# Only openssl is needed; messages go to stderr.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KEYS="$STATE/keys"
HOURS="${SEATWISE_TOKEN_HOURS:-12}"

if ! command -v openssl >/dev/null 2>&1; then
  [ "$(id -u)" = 0 ] || die "please install openssl"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl >/dev/null
fi

mkdir -p "$KEYS"
chmod 700 "$KEYS"
if [ ! -s "$KEYS/private.pem" ] || [ ! -s "$KEYS/public.pem" ]; then
  (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/private.pem" 2>/dev/null)
  openssl pkey -in "$KEYS/private.pem" -pubout -out "$KEYS/public.pem"
  log "made a token key pair in $KEYS"
fi

case "${1:-token}" in
  public-key) echo "$KEYS/public.pem"; exit 0 ;;
  token) ;;
  *) die "usage: $0 [token|public-key]" ;;
esac

# JWS compact serialisation (RFC 7515): base64url(header).base64url(claims).base64url(RS256 signature)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header='{"alg":"RS256","typ":"JWT"}'
claims=$(printf '{"iss":"seatwise","sub":"local-analyst","upn":"local-analyst","groups":["analyst"],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$now" "$((now + HOURS * 3600))" "$(openssl rand -hex 16)")
input="$(printf '%s' "$header" | b64url).$(printf '%s' "$claims" | b64url)"
signature=$(printf '%s' "$input" | openssl dgst -sha256 -sign "$KEYS/private.pem" -binary | b64url)
echo "$input.$signature"
