-- Which search documents each content version changed: a server holding the in-memory
-- search table at an older version applies just these instead of reloading it whole.
-- document_id 0 stands for "too many to list": reload.
CREATE TABLE search_changes (
    version BIGINT NOT NULL,
    document_id BIGINT NOT NULL,
    PRIMARY KEY (version, document_id)
)
;
