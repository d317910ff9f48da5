package org.cunwu.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Attachments in an S3-compatible object store ({@code cunwu.attachments.store=s3}), e.g. MinIO beside the portal: one
 * object per file under its key in the configured bucket, streamed both ways with the AWS SDK's S3 client.
 */
@Component
@ConditionalOnProperty(name = "cunwu.attachments.store", havingValue = "s3")
class S3ContentStore implements ContentStore, DisposableBean {

    private final S3Client s3;
    private final String bucket;

    S3ContentStore(AttachmentProperties properties) {
        this(client(properties.s3()), properties.s3().bucket());
    }

    S3ContentStore(S3Client s3, String bucket) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("cunwu.attachments.s3.bucket must name the bucket when cunwu.attachments.store=s3");
        }
        this.s3 = s3;
        this.bucket = bucket;
    }

    static S3Client client(AttachmentProperties.S3 config) {
        S3ClientBuilder builder = S3Client.builder().region(Region.of(config.region()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .forcePathStyle(config.pathStyle());
        if (config.endpoint() != null && !config.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(config.endpoint()));
        }
        builder.credentialsProvider(config.accessKey() != null && !config.accessKey().isBlank()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey()))
                : DefaultCredentialsProvider.builder().build());
        return builder.build();
    }

    @Override
    public void put(String key, InputStream content, long length) {
        s3.putObject(b -> b.bucket(bucket).key(key).contentLength(length), RequestBody.fromInputStream(content, length));
    }

    @Override
    public boolean copyTo(String key, OutputStream out) throws IOException {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key))) {
            in.transferTo(out);
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(key));
    }

    @Override
    public void destroy() {
        s3.close();
    }
}
