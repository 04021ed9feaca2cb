package cn.kepu.attachment;

import java.io.InputStream;
import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files in a bucket of an S3-compatible object store (AWS S3, MinIO, S3Proxy, a cloud's OSS/COS through its S3
 * API): every instance reads the same bucket, and the database keeps only descriptions.
 */
class S3FileStore implements FileStore, AutoCloseable {

    static final String NAME = "s3";

    private final S3Client s3;
    private final String bucket;

    S3FileStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /**
     * A client for the store at {@code endpoint} (blank: AWS itself). Checksums only where an operation requires
     * them: the SDK's default trailing checksums are not understood by every S3-compatible server.
     */
    static S3FileStore connect(String endpoint, String region, String bucket, String accessKey, String secretKey,
            boolean pathStyle) {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return new S3FileStore(builder.build(), bucket);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void put(String key, InputStream content, long length, String contentType) {
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType).contentLength(length),
                RequestBody.fromInputStream(content, length));
    }

    @Override
    public InputStream open(String key, long from) {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key).range(from > 0 ? "bytes=" + from + "-" : null));
        } catch (NoSuchKeyException e) {
            throw new MissingFile(key);
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(key));
    }

    @Override
    public void close() {
        s3.close();
    }
}
