package cn.kepu.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import cn.kepu.support.NotFoundException;

/** The S3 file store against a real S3-compatible server (S3Proxy), as an instance with kepu.files.store=s3 uses it. */
class S3FileStoreTests {

    @RegisterExtension
    static final S3ProxyServer server = new S3ProxyServer();

    private S3FileStore store;

    @BeforeEach
    void connect() {
        store = server.store();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    @DisplayName("a few KB put under a key come back byte for byte")
    void roundTripOfAFewKilobytes() throws IOException {
        byte[] bytes = random(6_000, 1);
        store.put("attachment/1", bytes, "application/pdf");
        try (InputStream in = store.open("attachment/1")) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    @DisplayName("a 5 MB stream is stored from the stream and read back whole")
    void roundTripOfAFiveMegabyteStream() throws Exception {
        int length = 5 * 1024 * 1024;
        store.put("attachment/2", new RandomStream(length, 2), length, "video/mp4");
        MessageDigest read = MessageDigest.getInstance("SHA-256");
        long count = 0;
        try (InputStream in = store.open("attachment/2")) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; count += n) {
                read.update(buffer, 0, n);
            }
        }
        assertThat(count).isEqualTo(length);
        assertThat(read.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(random(length, 2)));
    }

    @Test
    @DisplayName("read from a position on (a video player's range): only the bytes after it come back")
    void readFromAPosition() throws IOException {
        byte[] bytes = random(3_000_000, 7);
        store.put("attachment/6", bytes, "video/mp4");
        try (InputStream in = store.open("attachment/6", 2_999_000)) {
            assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(bytes, 2_999_000, 3_000_000));
        }
    }

    @Test
    @DisplayName("a deleted file is missing: the same answer as any file that is not there, with its key")
    void deletedFileIsMissing() {
        store.put("attachment/3", random(100, 3), "image/png");
        store.delete("attachment/3");
        assertThatThrownBy(() -> store.open("attachment/3"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("文件不存在，或不在您的数据权限范围内")
                .satisfies(e -> assertThat(((FileStore.MissingFile) e).key()).isEqualTo("attachment/3"));
        store.delete("attachment/3"); // deleting again is harmless
    }

    @Test
    @DisplayName("two keys are independent: replacing or deleting one leaves the other")
    void keysAreIndependent() throws IOException {
        byte[] first = random(2_000, 4);
        byte[] second = random(3_000, 5);
        store.put("attachment/4", first, "image/jpeg");
        store.put("attachment/5", second, "image/jpeg");
        byte[] replaced = random(1_000, 6);
        store.put("attachment/4", replaced, "image/jpeg");
        try (InputStream in = store.open("attachment/5")) {
            assertThat(in.readAllBytes()).isEqualTo(second);
        }
        store.delete("attachment/5");
        try (InputStream in = store.open("attachment/4")) {
            assertThat(in.readAllBytes()).isEqualTo(replaced);
        }
    }

    @Test
    @DisplayName("a key never written is missing")
    void unknownKeyIsMissing() {
        assertThatThrownBy(() -> store.open("attachment/999")).isInstanceOf(FileStore.MissingFile.class);
    }

    static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** The same bytes as {@link #random}, made as they are read: an upload the store cannot see the end of. */
    private static final class RandomStream extends InputStream {

        private final byte[] all;
        private int position;

        RandomStream(int length, long seed) {
            this.all = random(length, seed);
        }

        @Override
        public int read() {
            return position < all.length ? all[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= all.length) {
                return -1;
            }
            int n = Math.min(len, Math.min(8192, all.length - position));
            System.arraycopy(all, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
