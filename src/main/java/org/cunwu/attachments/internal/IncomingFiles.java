package org.cunwu.attachments.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Turns an upload into a {@link PreparedFile}: reads its type from the content (Apache Tika's magic bytes, whatever the
 * name or the browser says), refuses what is not a JPEG, PNG or PDF and what is too large, and copies it to a temporary
 * file without its metadata while counting it and taking its SHA-256 — one pass, a few buffers of memory whatever the
 * file's size. Images are then decoded (subsampled) once for their size and thumbnail, which also refuses a file that
 * only looks like an image.
 */
@Component
public class IncomingFiles {

    private final Tika tika = new Tika();
    private final AttachmentProperties properties;

    IncomingFiles(AttachmentProperties properties) {
        this.properties = properties;
    }

    /** The upload made ready to store; the caller deletes {@link PreparedFile#content()} when done. */
    public PreparedFile prepare(InputStream upload) throws IOException {
        long limit = properties.maxFileSize().toBytes();
        MessageDigest sha256 = sha256();
        CountingInputStream counted = new CountingInputStream(new DigestInputStream(upload, sha256), limit);
        InputStream in = new BufferedInputStream(counted, 64 * 1024);
        String detected = tika.detect(in);
        FileType type = FileType.ofMediaType(detected).orElseThrow(() -> refusal(detected));
        Path file = Files.createTempFile("cunwu-attachment-", "." + type.extension());
        try {
            int orientation = 1;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                switch (type) {
                    case JPEG -> orientation = MetadataStripper.stripJpeg(in, out);
                    case PNG -> MetadataStripper.stripPng(in, out);
                    case PDF -> in.transferTo(out);
                }
            } catch (TooLargeException e) {
                throw new AttachmentRefusedException("attachment.refused.size", properties.maxFileSize().toMegabytes());
            } catch (IOException e) {
                throw new AttachmentRefusedException("attachment.refused.unreadable");
            }
            in.transferTo(OutputStream.nullOutputStream()); // what follows the picture counts towards size and checksum
            String checksum = HexFormat.of().formatHex(sha256.digest());
            Integer width = null;
            Integer height = null;
            byte[] thumbnail = null;
            if (type.isImage()) {
                Thumbnails.Picture picture = Thumbnails.of(file, orientation, properties.maxPixels());
                width = picture.width();
                height = picture.height();
                thumbnail = picture.thumbnail();
            }
            return new PreparedFile(type, file, Files.size(file), counted.count, checksum, width, height, thumbnail);
        } catch (TooLargeException e) {
            Files.deleteIfExists(file);
            throw new AttachmentRefusedException("attachment.refused.size", properties.maxFileSize().toMegabytes());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static AttachmentRefusedException refusal(String detected) {
        if (detected.equals("image/heic") || detected.equals("image/heif") || detected.startsWith("image/heic")
                || detected.startsWith("image/heif")) {
            return new AttachmentRefusedException("attachment.refused.heic");
        }
        return new AttachmentRefusedException("attachment.refused.type", detected);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Too many bytes: the upload is over the configured size. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("over the attachment size limit");
        }
    }

    /** Counts what passes and stops past the limit, so an oversized upload is never read to its end. */
    private static final class CountingInputStream extends FilterInputStream {

        private final long limit;
        long count;

        CountingInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(long n) throws TooLargeException {
            count += n;
            if (count > limit) {
                throw new TooLargeException();
            }
        }
    }
}
