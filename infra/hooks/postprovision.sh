#!/bin/sh
# azd's post-provision hook. It makes the personal-code HMAC key in Key Vault once - only when the vault
# has none, never replacing one (a new key would orphan every personal-code index) - and prints the steps
# that remain by hand, with this deployment's values. Needs the Azure CLI, signed in (az login).
set -eu

say() { printf '%s\n' "$*"; }
fail() { printf 'postprovision: %s\n' "$*" >&2; exit 1; }

KEY_NAME=personal-code-key
vault=${AZURE_KEY_VAULT_NAME:-}
[ -n "$vault" ] || fail "AZURE_KEY_VAULT_NAME is not set: run this after 'azd provision', which sets it."
command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is missing: install it and sign in with 'az login'."
# The subscription azd deployed to, whatever az had chosen.
if [ -n "${AZURE_SUBSCRIPTION_ID:-}" ]; then
  az account set --subscription "$AZURE_SUBSCRIPTION_ID"
fi

errors=$(mktemp)
trap 'rm -f "$errors"' EXIT

# The key exists: 0; the vault answers that it has none: 1. Anything else (no right yet, the network) stops
# here, so a failure to look is never taken for absence. A new role assignment takes a few minutes to apply.
key_state() {
  tries=0
  while :; do
    if az keyvault secret show --vault-name "$vault" --name "$KEY_NAME" --query id --output none 2>"$errors"; then
      return 0
    fi
    if grep -q 'SecretNotFound' "$errors"; then
      return 1
    fi
    tries=$((tries + 1))
    if [ "$tries" -ge "${PORTAL_HOOK_TRIES:-20}" ]; then
      cat "$errors" >&2
      fail "could not read secret $KEY_NAME from $vault (see above); nothing was changed."
    fi
    sleep "${PORTAL_HOOK_WAIT_SECONDS:-30}"
  done
}

# App settings read Key Vault when the app's configuration changes (otherwise once a day): after the key is
# made or recovered, a change makes the app read it now rather than keep the unresolved reference.
refresh_references() {
  if [ -n "${AZURE_FUNCTION_APP_NAME:-}" ] && [ -n "${AZURE_RESOURCE_GROUP:-}" ]; then
    az functionapp config appsettings set --name "$AZURE_FUNCTION_APP_NAME" --resource-group "$AZURE_RESOURCE_GROUP" \
      --settings "PORTAL_SECRETS_READ_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)" --output none
  fi
}

if key_state; then
  say "postprovision: $KEY_NAME is in $vault already; kept."
elif [ -n "$(az keyvault secret list-deleted --vault-name "$vault" --query "[?name=='$KEY_NAME'].name" --output tsv)" ]; then
  # Deleted but recoverable (purge protection): the key that made the indexes comes back.
  az keyvault secret recover --vault-name "$vault" --name "$KEY_NAME" --output none
  refresh_references
  say "postprovision: $KEY_NAME was deleted; recovered it in $vault."
else
  # 48 random bytes, base64: the value goes to the vault through a file only this user can read, never
  # on a command line or to the output.
  secret=$(mktemp)
  trap 'rm -f "$errors" "$secret"' EXIT
  chmod 600 "$secret"
  head -c 48 /dev/urandom | base64 | tr -d '\n' >"$secret"
  az keyvault secret set --vault-name "$vault" --name "$KEY_NAME" --file "$secret" --encoding utf-8 \
    --content-type 'base64 HMAC key' --output none
  rm -f "$secret"
  refresh_references
  say "postprovision: made $KEY_NAME in $vault (first deployment)."
fi

url=${PORTAL_URL:-}
cat <<STEPS

What remains by hand (docs/deployment.md has the whole first-deployment checklist):

1. Entra ID, the portal's app registration (client id ${PORTAL_ENTRA_CLIENT_ID:-<PORTAL_ENTRA_CLIENT_ID>}):
   - Authentication: a Web redirect URI ${PORTAL_STAFF_REDIRECT_URI:-<PORTAL_STAFF_REDIRECT_URI>}
   - Certificates & secrets, Federated credentials: "Managed identity", or "Other issuer" with
       issuer   ${PORTAL_FEDERATED_CREDENTIAL_ISSUER:-<issuer>}
       subject  ${PORTAL_FEDERATED_CREDENTIAL_SUBJECT:-<identity principal id>}
       audience api://AzureADTokenExchange
   - App roles Staff.Operator, Staff.Admin (users) and BackOffice.Write (applications); assign them.
2. The back office: its app registration's client id as PORTAL_BACKOFFICE_CLIENT_ID and its service
   principal's object id as PORTAL_BACKOFFICE_PRINCIPAL_ID (azd env set ...), then 'azd provision' again.
   It reads events from ${BACKOFFICE_EVENTS_NAMESPACE:-<namespace>}, topic ${BACKOFFICE_EVENTS_TOPIC:-<topic>},
   subscription ${BACKOFFICE_EVENTS_SUBSCRIPTION:-<subscription>}.
STEPS

if [ -n "${PORTAL_SMTP_USER_NAME:-}" ]; then
  cat <<STEPS
3. The SMTP relay's password for ${PORTAL_SMTP_USER_NAME}, into Key Vault from a file only you can read:
       az keyvault secret set --vault-name $vault --name smtp-password --file <password-file>
   then make the app read it now (it would otherwise within a day):
       az functionapp config appsettings set --name ${AZURE_FUNCTION_APP_NAME:-<app>} --resource-group ${AZURE_RESOURCE_GROUP:-<group>} --settings PORTAL_SECRETS_READ_AT=\$(date -u +%s)
STEPS
fi

if [ -n "${PORTAL_CUSTOM_DOMAIN:-}" ]; then
  cat <<STEPS
4. DNS for ${PORTAL_CUSTOM_DOMAIN}:
       TXT   _dnsauth.${PORTAL_CUSTOM_DOMAIN}   ${PORTAL_CUSTOM_DOMAIN_VALIDATION_TOKEN:-<token>}
       CNAME ${PORTAL_CUSTOM_DOMAIN}   ${FRONT_DOOR_ENDPOINT_HOST:-<endpoint host>}
   Front Door then validates the domain and issues its certificate (it can take an hour).
STEPS
fi

if [ -z "${PORTAL_VPM_STS_URL:-}" ]; then
  cat <<STEPS
5. Latvija.lv (optional; README, "Signing in with Latvija.lv"): register the portal at VDAA with
       realm           ${VPM_REALM:-<VPM_REALM>}
       reply address   ${VPM_REPLY_URL:-<VPM_REPLY_URL>}
   put VPM's signing certificate (base64 of its DER, public) into Key Vault first:
       az keyvault secret set --vault-name $vault --name vpm-signing-certificate --file <certificate.b64>
   then azd env set PORTAL_VPM_STS_URL <VPM's endpoint> and 'azd provision' again.
STEPS
fi

say ""
say "The portal: ${url:-<PORTAL_URL>} (after 'azd deploy', or at the end of 'azd up')."
