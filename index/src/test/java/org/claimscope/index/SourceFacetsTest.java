package org.claimscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceFacetsTest {

    private static SourceInfo source(String path, String url, String site) {
        return new SourceInfo(path, List.of(), url, "Some title", null, site);
    }

    @Test
    void theOutletIsTheSiteNameThenTheUrlHostThenTheFolder() {
        assertEquals("Folha de S.Paulo", SourceFacets.outlet(source("a/b.html", "https://www.folha.uol.com.br/x",
                " Folha de S.Paulo ")));
        assertEquals("folha.uol.com.br", SourceFacets.outlet(source("a/b.html", "https://www.folha.uol.com.br/x",
                null)));
        assertEquals("reuters", SourceFacets.outlet(source("news/reuters/2025/../reuters/a.txt", null, "")));
        assertEquals("lusa", SourceFacets.outlet(source("C:\\arquivo\\lusa\\a.txt", "not a url", null)));
    }

    @Test
    void aFileWithNoFolderAndNoMetadataHasNoOutlet() {
        assertNull(SourceFacets.outlet(source("a.txt", null, null)));
        assertNull(SourceFacets.outlet(source(null, null, null)));
    }

    @Test
    void theMonthIsTheUtcYearAndMonthOfThePublishedDate() {
        assertEquals("2025-10", SourceFacets.month("2025-10-08"));
        assertEquals("2025-10", SourceFacets.month("2025-10-31T23:30:00-00:00"));
        assertEquals("2025-11", SourceFacets.month("2025-10-31T23:30:00-03:00"));
        assertNull(SourceFacets.month("yesterday"));
        assertNull(SourceFacets.month(null));
    }
}
