-- Metadata belongs to a filing, not to the text: the same text filed twice under other front
-- matter keeps each filing's title, outlet, URL and date, and a reader sees only those of the
-- filings they may read. Null on filings made before this column (the stored metadata is shown).
ALTER TABLE server_filings ADD COLUMN title TEXT;
ALTER TABLE server_filings ADD COLUMN source TEXT;
ALTER TABLE server_filings ADD COLUMN url TEXT;
ALTER TABLE server_filings ADD COLUMN published TEXT;
ALTER TABLE server_filings ADD COLUMN file_name TEXT;
ALTER TABLE server_filings ADD COLUMN media_type TEXT;
ALTER TABLE server_filings ADD COLUMN has_metadata INTEGER NOT NULL DEFAULT 0;
