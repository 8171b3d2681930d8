package org.sanxiang.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The content-addressed store in an S3-compatible object store ({@code sanxiang.files.store=s3}; MinIO in
 * docker/compose.yaml) through the AWS SDK v2. The object's key is its hash, which is known only when the
 * whole upload has been read: the upload is first streamed to a temporary file while it is hashed
 * ({@link Staging}; the servlet container has already put a large multipart upload on disk, so this costs
 * disk, never memory), then sent from that file with its known length: in one PUT up to the part size,
 * above it as a multipart upload whose parts are read from the file one at a time. An object already
 * there (same hash) is not sent again. Downloads stream the object's body.
 */
@Component
@ConditionalOnProperty(name = "sanxiang.files.store", havingValue = "s3")
class S3Store implements ContentStore, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(S3Store.class);

    private final S3Client s3;
    private final String bucket;
    private final long partSize;
    private final Staging staging;

    S3Store(FileSettings settings, Staging staging) {
        FileSettings.S3 config = settings.s3();
        S3ClientBuilder builder = S3Client.builder()
            .region(Region.of(config.region()))
            .forcePathStyle(config.pathStyle())
            // S3-compatible stores differ in the newer default checksums; the content's own hash is the check here
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .credentialsProvider(config.accessKey().isEmpty() ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey())));
        if (!config.endpoint().isEmpty()) {
            builder.endpointOverride(URI.create(config.endpoint()));
        }
        this.s3 = builder.build();
        this.bucket = config.bucket();
        this.partSize = config.partSize().toBytes();
        this.staging = staging;
        LOG.info("Case file content in the S3 object store {}", config);
    }

    @Override
    public Stored put(InputStream in) throws IOException {
        Staging.Staged staged = staging.stage(in);
        try {
            String key = ContentStore.key(staged.content().hash());
            if (!exists(key)) {
                long size = staged.content().size();
                if (size <= partSize) {
                    s3.putObject(r -> r.bucket(bucket).key(key).contentLength(size), RequestBody.fromFile(staged.file()));
                } else {
                    multipart(key, staged.file(), size);
                }
            }
            return staged.content();
        } finally {
            Files.deleteIfExists(staged.file());
        }
    }

    private void multipart(String key, Path file, long size) {
        String upload = s3.createMultipartUpload(r -> r.bucket(bucket).key(key)).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            for (long offset = 0; offset < size; offset += partSize) {
                int number = parts.size() + 1;
                long length = Math.min(partSize, size - offset);
                String etag = s3.uploadPart(r -> r.bucket(bucket).key(key).uploadId(upload).partNumber(number).contentLength(length),
                    RequestBody.fromContentProvider(new FileSlice(file, offset, length), length, "application/octet-stream")).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
            }
            s3.completeMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(upload).multipartUpload(m -> m.parts(parts)));
        } catch (RuntimeException e) {
            try {
                s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(upload));
            } catch (RuntimeException abort) {
                e.addSuppressed(abort);
            }
            throw e;
        }
    }

    private boolean exists(String key) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public InputStream open(String hash) {
        String key = ContentStore.key(hash);
        return s3.getObject(r -> r.bucket(bucket).key(key));
    }

    @Override
    public void destroy() {
        s3.close();
    }
}
