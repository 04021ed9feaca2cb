package cn.kepu.attachment;

import java.net.URI;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real S3-compatible server (S3Proxy over jclouds' in-memory blob store) on a free local port, with one empty
 * bucket, for a test class: register it as a static {@code @RegisterExtension} field. The client signs its requests
 * with AWS V4 as it would against AWS or MinIO.
 */
class S3ProxyServer implements BeforeAllCallback, AfterAllCallback {

    static final String ACCESS_KEY = "kepu-test";
    static final String SECRET_KEY = "kepu-test-secret";
    static final String BUCKET = "kepu-files";

    private BlobStoreContext blobs;
    private S3Proxy proxy;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        blobs = ContextBuilder.newBuilder("transient").credentials(ACCESS_KEY, SECRET_KEY)
                .build(BlobStoreContext.class);
        proxy = S3Proxy.builder().blobStore(blobs.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (proxy != null) {
            proxy.stop();
        }
        if (blobs != null) {
            blobs.close();
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** A store on the server's bucket, configured as an instance would be ({@code kepu.files.s3.*}). */
    S3FileStore store() {
        return S3FileStore.connect(endpoint(), "us-east-1", BUCKET, ACCESS_KEY, SECRET_KEY, true);
    }
}
