package org.cunwu.attachments.internal;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file an attachment may be, as read from the content. */
public enum FileType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    boolean isImage() {
        return this != PDF;
    }

    static Optional<FileType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }
}
