package org.cunwu.attachments.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code cunwu.attachments.*}: how large a file and how many per record, where the bytes are kept, and the S3-compatible
 * store's address when that is where.
 *
 * @param maxFileSize a file's largest size as uploaded (keep {@code spring.servlet.multipart.max-file-size} at least this)
 * @param maxPerRecord attachments a record may hold (deleted ones do not count)
 * @param maxPixels an image's largest width × height: a small file that decodes to a huge picture is refused
 * @param store {@code database} (the default) or {@code s3}
 */
@ConfigurationProperties("cunwu.attachments")
public record AttachmentProperties(DataSize maxFileSize, Integer maxPerRecord, Long maxPixels, String store, S3 s3) {

    public AttachmentProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxPerRecord = maxPerRecord == null ? 20 : maxPerRecord;
        maxPixels = maxPixels == null ? 100_000_000L : maxPixels;
        store = store == null || store.isBlank() ? "database" : store.trim();
        s3 = s3 == null ? new S3(null, null, null, null, null, null) : s3;
    }

    /**
     * The S3-compatible store (MinIO, Ceph, a cloud's object storage).
     *
     * @param endpoint e.g. {@code http://minio.internal:9000}; empty means the AWS default for the region
     * @param pathStyle bucket in the path ({@code endpoint/bucket/key}), as MinIO expects; true unless set
     */
    public record S3(String endpoint, String region, String bucket, String accessKey, String secretKey, Boolean pathStyle) {

        public S3 {
            region = region == null || region.isBlank() ? "us-east-1" : region;
            pathStyle = pathStyle == null || pathStyle;
        }
    }
}
