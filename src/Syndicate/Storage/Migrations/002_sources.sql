-- The source registry: every source the server polls, whether it came from appsettings.json or the
-- admin API. Instants are Unix milliseconds (UTC).
-- managed_by says who owns the definition: 'config' rows follow the file on every import; 'api' rows
-- were changed through the admin API and the file no longer touches them. A deleted_at tombstone
-- keeps a source deleted through the API from being imported again.
-- A schedule is a cron expression, or a fixed interval, or an adaptive interval between a minimum and
-- a maximum; exactly one of the three is set.
CREATE TABLE sources (
    id                    TEXT    NOT NULL PRIMARY KEY,
    url                   TEXT    NOT NULL,
    language              TEXT    NOT NULL,
    time_zone             TEXT    NOT NULL,
    country               TEXT    NULL,
    section               TEXT    NULL,
    age_rounding          TEXT    NOT NULL,
    selectors             TEXT    NULL,     -- JSON of the fallback CSS selectors
    allow_private_network INTEGER NOT NULL DEFAULT 0,
    cron                  TEXT    NULL,
    interval_seconds      INTEGER NULL,
    adaptive_min_seconds  INTEGER NULL,
    adaptive_max_seconds  INTEGER NULL,
    paused                INTEGER NOT NULL DEFAULT 0,
    managed_by            TEXT    NOT NULL CHECK (managed_by IN ('config', 'api')),
    api_modified_at       INTEGER NULL,
    deleted_at            INTEGER NULL,
    CHECK ((cron IS NOT NULL) + (interval_seconds IS NOT NULL) + (adaptive_min_seconds IS NOT NULL) = 1),
    CHECK ((adaptive_min_seconds IS NULL) = (adaptive_max_seconds IS NULL))
);
