-- Migration 0034 narrowed SQLite's search_facets_value to the topic and coordinator facets,
-- the only ones looked up by value there. On PostgreSQL the search's facet filters
-- (`EXISTS ... facet = $1 AND value = $2`) can be planned as a semi-join that reads the
-- filter's documents from this index, so it stays whole; the file keeps the two dialects'
-- migration numbers in step.
SELECT 1;
