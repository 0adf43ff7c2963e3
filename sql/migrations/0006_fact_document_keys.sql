-- The month-partitioned fact tables reference their document, not their article.
--
-- With a foreign key to core.article ON DELETE CASCADE, every deleted article row ran a
-- cascade query through every monthly partition of sentence, entity_mention and metric
-- (about 1.6 ms per article on 10 000 pages, growing with the warehouse), so replacing
-- the facts of changed documents, and above all `reprocess`, slowed to a few documents per
-- second on 100 000 pages. The loader now deletes a document's facts itself, one statement
-- per table, before its articles (in the same transaction), and the facts keep a
-- foreign key to core.document: no fact outlives its document.
ALTER TABLE core.sentence
    DROP CONSTRAINT sentence_document_id_article_no_fkey,
    ADD CONSTRAINT sentence_document_fkey FOREIGN KEY (document_id) REFERENCES core.document ON DELETE CASCADE;
ALTER TABLE core.entity_mention
    DROP CONSTRAINT entity_mention_document_id_article_no_fkey,
    ADD CONSTRAINT entity_mention_document_fkey FOREIGN KEY (document_id) REFERENCES core.document ON DELETE CASCADE;
ALTER TABLE core.metric
    DROP CONSTRAINT metric_document_id_article_no_fkey,
    ADD CONSTRAINT metric_document_fkey FOREIGN KEY (document_id) REFERENCES core.document ON DELETE CASCADE;
