package jp.industryplans.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A stored record with provenance (出典): the source document and a verbatim quote from it. */
@MappedSuperclass
public abstract class Sourced extends Tracked {

    @Column(name = "source_document")
    public String sourceDocument;
    @Column(name = "source_quote")
    public String sourceQuote;

    /** @return the provenance, or null when the record has none */
    public Source source() {
        return sourceDocument == null ? null : new Source(sourceDocument, sourceQuote);
    }

    public void source(Source source) {
        sourceDocument = source == null ? null : source.document();
        sourceQuote = source == null ? null : source.quote();
    }
}
