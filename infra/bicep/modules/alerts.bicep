// What tells ES's operators that something is wrong, by email to an action group: server errors, a timer
// that failed, events the back office could not take (dead letters), a payment order flagged for staff, and the portal unreachable from
// outside (an availability test on /api/health through Front Door, the way users come).
param environmentName string
param location string
param tags object
@description('Where alerts are sent.')
param alertEmail string
param applicationInsightsId string
param serviceBusNamespaceId string
param publicBaseUrl string

// Every timer function of the portal (a test compares this list with the code).
var timers = ['OutboxDispatch', 'Retention', 'PasswordExpiry', 'LockoutReset', 'AuditVerify', 'AuditVerifyAll', 'RegistrationRepair', 'SubmissionRepair', 'TableExport', 'ReminderDigest', 'PaymentOrderChecks']

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-portal-${environmentName}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'portal'
    enabled: true
    emailReceivers: [{ name: 'operators', emailAddress: alertEmail, useCommonAlertSchema: true }]
  }
}

resource serverErrors 'Microsoft.Insights/scheduledQueryRules@2026-03-01' = {
  name: 'portal-${environmentName}-server-errors'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'Portal answers with server errors'
    description: 'More than 1 % of the API\'s requests in 15 minutes answered 5xx (at least 5 of them).'
    severity: 1
    enabled: true
    scopes: [applicationInsightsId]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: 'requests | where isnotempty(url) | summarize failed = countif(toint(resultCode) >= 500), total = count() | where failed >= 5 and failed * 100 > total'
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    actions: { actionGroups: [actionGroup.id] }
  }
}

resource failedTimers 'Microsoft.Insights/scheduledQueryRules@2026-03-01' = {
  name: 'portal-${environmentName}-failed-timers'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'A portal timer failed'
    description: 'A timer function (outbox, retention, audit verification, ...) ended with an error.'
    severity: 2
    enabled: true
    scopes: [applicationInsightsId]
    evaluationFrequency: 'PT15M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: 'requests | where success == false and operation_Name in (${join(map(timers, t => '"${t}"'), ', ')})'
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          dimensions: [{ name: 'operation_Name', operator: 'Include', values: ['*'] }]
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    actions: { actionGroups: [actionGroup.id] }
  }
}

// A payment order staff must look at (Portal.Core's PaymentsLog.OrderFlagged, event 9203): paid after it expired, paid twice,
// booked with another amount or other invoices, or not booked by the back office in time.
resource flaggedPayments 'Microsoft.Insights/scheduledQueryRules@2026-03-01' = {
  name: 'portal-${environmentName}-payment-flagged'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'A payment order needs staff'
    description: 'A payment order was flagged: paid late or twice, booked with another amount or other invoices, or not booked in time. Staff find it in the Payments table\'s flagged partition.'
    severity: 2
    enabled: true
    scopes: [applicationInsightsId]
    evaluationFrequency: 'PT15M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: 'traces | where tostring(customDimensions.EventName) == "PaymentOrderFlagged"'
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    actions: { actionGroups: [actionGroup.id] }
  }
}

resource deadLetters 'Microsoft.Insights/metricAlerts@2026-01-01' = {
  name: 'portal-${environmentName}-dead-letters'
  location: 'global'
  tags: tags
  properties: {
    description: 'Events the back office could not take after its deliveries, or that expired, are in the dead-letter queue.'
    severity: 2
    enabled: true
    scopes: [serviceBusNamespaceId]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'dead-lettered'
          metricName: 'DeadletteredMessages'
          metricNamespace: 'Microsoft.ServiceBus/namespaces'
          timeAggregation: 'Maximum'
          operator: 'GreaterThan'
          threshold: 0
        }
      ]
    }
    actions: [{ actionGroupId: actionGroup.id }]
  }
}

resource availability 'Microsoft.Insights/webtests@2022-06-15' = {
  name: 'portal-${environmentName}-health'
  location: location
  tags: union(tags, { 'hidden-link:${applicationInsightsId}': 'Resource' })
  kind: 'standard'
  properties: {
    SyntheticMonitorId: 'portal-${environmentName}-health'
    Name: 'Portal health through Front Door'
    Kind: 'standard'
    Enabled: true
    Frequency: 300
    Timeout: 30
    RetryEnabled: true
    Locations: [{ Id: 'emea-nl-ams-azr' }, { Id: 'emea-se-sto-edge' }, { Id: 'emea-gb-db3-azr' }, { Id: 'emea-fr-pra-edge' }, { Id: 'emea-ch-zrh-edge' }]
    Request: { RequestUrl: '${publicBaseUrl}api/health', HttpVerb: 'GET', FollowRedirects: false }
    ValidationRules: { ExpectedHttpStatusCode: 200, SSLCheck: true, SSLCertRemainingLifetimeCheck: 14 }
  }
}

resource unavailable 'Microsoft.Insights/metricAlerts@2026-01-01' = {
  name: 'portal-${environmentName}-unavailable'
  location: 'global'
  tags: tags
  properties: {
    description: 'The health check through Front Door failed from two or more places.'
    severity: 1
    enabled: true
    scopes: [availability.id, applicationInsightsId]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria'
      webTestId: availability.id
      componentId: applicationInsightsId
      failedLocationCount: 2
    }
    actions: [{ actionGroupId: actionGroup.id }]
  }
}

output actionGroupId string = actionGroup.id
