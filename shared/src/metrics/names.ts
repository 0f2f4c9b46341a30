/**
 * The names of the product's own Prometheus metrics: the contract between the processes that
 * serve them and the dashboard and alerts in infra/ (whose test imports this list). Default
 * process metrics (`process_*`, `nodejs_*`) come from prom-client and are not listed.
 */
export const HTTP_REQUEST_DURATION = 'nl_http_request_duration_seconds';
export const GRAPHQL_OPERATION_DURATION = 'nl_graphql_operation_duration_seconds';
export const GRAPHQL_ERRORS = 'nl_graphql_errors_total';
export const DB_POOL_CONNECTIONS = 'nl_db_pool_connections';
export const QUEUE_JOBS = 'nl_queue_jobs';
export const QUEUE_OLDEST_JOB_AGE = 'nl_queue_oldest_job_age_seconds';
export const MAILS = 'nl_mails_total';
export const EVENTS_RELAYED = 'nl_events_relayed_total';

export const METRIC_NAMES: readonly string[] = [
  HTTP_REQUEST_DURATION,
  GRAPHQL_OPERATION_DURATION,
  GRAPHQL_ERRORS,
  DB_POOL_CONNECTIONS,
  QUEUE_JOBS,
  QUEUE_OLDEST_JOB_AGE,
  MAILS,
  EVENTS_RELAYED,
];
