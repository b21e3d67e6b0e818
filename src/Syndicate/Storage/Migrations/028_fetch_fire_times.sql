-- Which fire a fetch ran for, and which node ran it, so a fire run twice or not at all shows in the history.
-- scheduled_fire_time is the instant (Unix milliseconds) the source's schedule was due; null for a run the schedule
-- did not fire (an admin's run-now, the ingest at start-up). node is the Syndicate:Cluster:InstanceId of the server
-- that fetched; null for fetches recorded before it was kept.
ALTER TABLE fetches ADD COLUMN scheduled_fire_time INTEGER NULL;
ALTER TABLE fetches ADD COLUMN node TEXT NULL;
