#!/bin/sh
# azd's pre-provision hook: checks what would make the deployment fail half-way, before anything is made.
# Needs the Azure CLI, signed in to the same tenant as azd (az login).
set -eu

say() { printf '%s\n' "$*"; }
fail() { printf 'preprovision: %s\n' "$*" >&2; exit 1; }

command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is missing: install it and sign in with 'az login'."
az account show --output none 2>/dev/null || fail "the Azure CLI is not signed in: run 'az login' (the tenant azd uses)."
if [ -n "${AZURE_SUBSCRIPTION_ID:-}" ]; then
  az account set --subscription "$AZURE_SUBSCRIPTION_ID"
fi

# The Function App runs on Flex Consumption, offered in some regions only; the template allows European
# ones, and this asks Azure for today's list.
[ -n "${AZURE_LOCATION:-}" ] || fail "AZURE_LOCATION is not set: choose a region with 'azd env set AZURE_LOCATION <region>'."
regions=$(az functionapp list-flexconsumption-locations --query "[].name" --output tsv) \
  || fail "could not read the regions that offer Flex Consumption (az functionapp list-flexconsumption-locations)."
if ! printf '%s\n' "$regions" | tr -d '\r' | grep -qx "$AZURE_LOCATION"; then
  fail "region '$AZURE_LOCATION' does not offer the Flex Consumption plan. It is offered in: $(printf '%s' "$regions" | tr '\n' ' ')"
fi

say "preprovision: region $AZURE_LOCATION offers Flex Consumption."

# The private network's subnet is delegated to Microsoft.App/environments, which Flex Consumption needs
# registered; nothing in the template registers it.
if [ "${PORTAL_PRIVATE_NETWORK:-false}" = true ]; then
  state=$(az provider show --namespace Microsoft.App --query registrationState --output tsv 2>/dev/null || true)
  [ "$state" = Registered ] \
    || fail "the private network needs the Microsoft.App resource provider: run 'az provider register --namespace Microsoft.App --wait' (it is '$state')."
fi
