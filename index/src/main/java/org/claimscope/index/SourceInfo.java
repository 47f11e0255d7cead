package org.claimscope.index;

import java.util.List;

/**
 * Where a statement's article came from. {@code path} is the path the article was analysed from
 * (or its first indexed path); {@code paths} are all the paths at which the same content is indexed.
 * {@code published} is the article's ISO 8601 string as given, or null; {@code site} the publication's name
 * from the page's metadata, or null.
 */
public record SourceInfo(String path, List<String> paths, String url, String title, String published, String site) {

    public SourceInfo {
        paths = paths == null ? List.of() : List.copyOf(paths);
    }
}
