package org.claimscope.model;

/** Where an article came from; any field may be null when the file does not say. */
public record Source(String path, String url, String title, String author, String published, String siteName) {

    public static Source ofPath(String path) {
        return new Source(path, null, null, null, null, null);
    }
}
