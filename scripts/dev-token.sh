#!/usr/bin/env bash
# Mints a bearer token for local development and tests against a locally run service.
#
#   scripts/dev-token.sh [--user NAME] [--hours N] [ROLE...]    (default role: plans-editor)
#   scripts/dev-token.sh --init                                   (only make the key pair)
#
# The key pair lives in .dev-keys/ (git-ignored) and is made here on first use with openssl;
# the service verifies with .dev-keys/public.pem by default (mp.jwt.verify.publickey.location).
# It is for a developer's machine only: production verifies tokens from its own identity
# provider (MP_JWT_VERIFY_PUBLICKEY_LOCATION, MP_JWT_VERIFY_ISSUER, MP_JWT_VERIFY_AUDIENCES).
set -euo pipefail
cd "$(dirname "$0")/.."

KEYS=.dev-keys
ISSUER=https://industry-plans.invalid/dev
AUDIENCE=industry-plans-api
USER_NAME=dev@localhost
HOURS=8
ROLES=()

while [ $# -gt 0 ]; do
  case "$1" in
    --init) INIT_ONLY=1 ;;
    --user) USER_NAME="$2"; shift ;;
    --hours) HOURS="$2"; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    plans-editor|plans-publisher|plans-admin) ROLES+=("$1") ;;
    *) echo "unknown argument or role: $1 (roles: plans-editor, plans-publisher, plans-admin)" >&2; exit 2 ;;
  esac
  shift
done
[ ${#ROLES[@]} -eq 0 ] && ROLES=(plans-editor)

if [ ! -s "$KEYS/private.pem" ] || [ ! -s "$KEYS/public.pem" ]; then
  mkdir -p "$KEYS"
  chmod 700 "$KEYS"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/private.pem" 2>/dev/null
  openssl pkey -in "$KEYS/private.pem" -pubout -out "$KEYS/public.pem"
  echo "[dev-token] made a development key pair in $KEYS/" >&2
fi
[ "${INIT_ONLY:-0}" = 1 ] && exit 0

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
groups=$(printf '"%s",' "${ROLES[@]}"); groups="[${groups%,}]"
header='{"alg":"RS256","typ":"JWT"}'
payload=$(printf '{"iss":"%s","aud":"%s","sub":"%s","upn":"%s","groups":%s,"iat":%d,"exp":%d,"jti":"%s"}' \
  "$ISSUER" "$AUDIENCE" "$USER_NAME" "$USER_NAME" "$groups" "$now" "$((now + HOURS * 3600))" \
  "$(cat /proc/sys/kernel/random/uuid)")
unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$KEYS/private.pem" -binary | b64url)
printf '%s.%s\n' "$unsigned" "$signature"
