package org.cunwu.attachments.internal;

import java.nio.file.Path;

/**
 * An upload ready to store: its content as others will see it (metadata removed) in a temporary file, with what was
 * learnt on the way: the type from the content, the sizes, the uploaded file's SHA-256, an image's size and thumbnail.
 */
public record PreparedFile(FileType type, Path content, long storedSize, long originalSize, String originalSha256, Integer width,
        Integer height, byte[] thumbnail) {
}
