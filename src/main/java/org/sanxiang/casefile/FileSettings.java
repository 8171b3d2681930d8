package org.sanxiang.casefile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code sanxiang.files.*}: where the case file's content is kept.
 *
 * @param store     {@code directory} (default: a local directory) or {@code s3} (an S3-compatible object store)
 * @param directory the local directory of the content-addressed store (default {@code ./data/files}); with
 *                  {@code s3} only its {@code incoming} folder is used, to stage uploads while they are hashed
 * @param maxSize   the largest file accepted (default 4 GB; the multipart limits follow it)
 * @param s3        the object store, when {@code store} is {@code s3}
 */
@ConfigurationProperties(prefix = "sanxiang.files")
public record FileSettings(String store, String directory, DataSize maxSize, S3 s3) {

    public FileSettings {
        store = store == null || store.isBlank() ? "directory" : store.strip();
        if (!store.equals("directory") && !store.equals("s3")) {
            throw new IllegalArgumentException("sanxiang.files.store must be directory or s3, not " + store);
        }
        directory = directory == null || directory.isBlank() ? "./data/files" : directory;
        maxSize = maxSize == null ? DataSize.ofGigabytes(4) : maxSize;
        s3 = s3 == null ? new S3(null, null, null, null, null, null, null) : s3;
    }

    /**
     * @param endpoint  the store's URL (MinIO: http://minio:9000); empty: Amazon S3 of the region
     * @param bucket    the bucket (created beforehand; default {@code sanxiang-case-files})
     * @param region    the region used for signing (default {@code us-east-1}, what MinIO expects unless configured)
     * @param accessKey the access key; empty: the AWS SDK's default credentials (environment, instance profile)
     * @param secretKey its secret
     * @param pathStyle {@code http://host/bucket/key} instead of {@code http://bucket.host/key} (default true, as MinIO)
     * @param partSize  above this size a file goes up as a multipart upload in parts of this size (default 64 MB; at least 5 MB)
     */
    public record S3(String endpoint, String bucket, String region, String accessKey, String secretKey, Boolean pathStyle,
                     DataSize partSize) {

        public S3 {
            endpoint = endpoint == null ? "" : endpoint.strip();
            bucket = bucket == null || bucket.isBlank() ? "sanxiang-case-files" : bucket.strip();
            region = region == null || region.isBlank() ? "us-east-1" : region.strip();
            accessKey = accessKey == null ? "" : accessKey;
            secretKey = secretKey == null ? "" : secretKey;
            pathStyle = pathStyle == null || pathStyle;
            partSize = partSize == null ? DataSize.ofMegabytes(64) : partSize;
            if (partSize.toBytes() < DataSize.ofMegabytes(5).toBytes()) {
                throw new IllegalArgumentException("sanxiang.files.s3.part-size must be at least 5MB (the S3 minimum part size)");
            }
        }

        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + ", pathStyle=" + pathStyle + "]";
        }
    }
}
