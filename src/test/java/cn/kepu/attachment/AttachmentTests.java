package cn.kepu.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import cn.kepu.support.KepuTest;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.TestImages;

/** One attachment model for photos, videos and documents: type by content, limits, owners, all or nothing. */
@KepuTest
@Transactional
class AttachmentTests {

    @Autowired
    Attachments attachments;

    static final Rule PHOTOS = Rule.of("photos", AttachmentKind.PHOTO).atMost(2, "张", "照片", "每个活动")
            .withinSize(DataSize.ofKilobytes(64), "请压缩后上传").withThumbnails();
    static final Rule EVIDENCE = Rule.of("files", AttachmentKind.PHOTO, AttachmentKind.DOCUMENT)
            .withinSize(DataSize.ofMegabytes(1), "请压缩后上传");

    @Test
    @DisplayName("按内容判断种类：照片、视频、PDF、Word、Excel；改了扩展名的文本不算")
    void kindsAreJudgedByContent() throws IOException {
        assertThat(FileType.of(TestImages.jpeg(10, 10))).hasValue(new FileType(AttachmentKind.PHOTO, "image/jpeg"));
        assertThat(FileType.of(TestImages.png(10, 10))).hasValue(new FileType(AttachmentKind.PHOTO, "image/png"));
        assertThat(FileType.of(TestImages.mp4(64))).hasValue(new FileType(AttachmentKind.VIDEO, "video/mp4"));
        assertThat(FileType.of("%PDF-1.7 ...".getBytes())).hasValue(new FileType(AttachmentKind.DOCUMENT, "application/pdf"));
        assertThat(FileType.of(zipWith("word/document.xml")).map(FileType::contentType)).hasValue(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(FileType.of(zipWith("xl/workbook.xml")).map(FileType::kind)).hasValue(AttachmentKind.DOCUMENT);
        assertThat(FileType.of(zipWith("other.txt"))).isEmpty();
        assertThat(FileType.of("这不是图片".getBytes())).isEmpty();
    }

    @Test
    @DisplayName("照片：缩略图320像素宽；类型不对、太大、超过数量的一个也不存，每个问题一句中文")
    void photosAreCheckedThenStoredAllOrNothing() throws IOException {
        Owner owner = Owner.activity(900_001);
        byte[] jpeg = TestImages.jpeg(800, 600);
        assertThatThrownBy(() -> attachments.attach(owner, PHOTOS, List.of(
                new Upload("总结.docx", zipWith("word/document.xml")), new Upload("大.png", new byte[0]))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems()).extracting(RuleViolation::getMessage)
                        .containsExactly("“总结.docx”不是 JPG 或 PNG 照片，请上传照片文件", "“大.png”是空的"));
        assertThat(attachments.of(owner)).isEmpty();

        Attachment photo = attachments.attach(owner, PHOTOS, List.of(new Upload("现场.jpg", jpeg))).get(0);
        assertThat(photo.kind()).isEqualTo(AttachmentKind.PHOTO);
        assertThat(attachments.file(owner, photo.id()).bytes()).isEqualTo(jpeg);
        assertThat(ImageIO.read(new ByteArrayInputStream(attachments.thumbnail(owner, photo.id()).bytes()))
                .getWidth()).isEqualTo(320);
        assertThatThrownBy(() -> attachments.attach(owner, PHOTOS, List.of(new Upload("2.jpg", jpeg), new Upload("3.jpg", jpeg))))
                .hasMessage("每个活动最多上传2张照片，已有1张，本次选择了2张");
        byte[] big = TestImages.jpeg(3000, 3000);
        assertThat(big.length).isGreaterThan(64 * 1024);
        assertThatThrownBy(() -> attachments.attach(owner, PHOTOS, List.of(new Upload("大.jpg", big))))
                .hasMessage("“大.jpg”超过64KB，请压缩后上传");
        assertThat(attachments.of(owner)).hasSize(1);
    }

    @Test
    @DisplayName("证明材料：照片和文档都收；别的主人的文件按编号也取不到；删除主人时文件一并删除")
    void evidenceAndOwners() throws IOException {
        Owner report = Owner.progressReport(900_002);
        Owner other = Owner.progressReport(900_003);
        List<Attachment> stored = attachments.attach(report, EVIDENCE, List.of(new Upload("现场.png", TestImages.png(20, 20)),
                new Upload("总结.pdf", "%PDF-1.4 总结".getBytes())));
        assertThat(stored).extracting(Attachment::kind).containsExactly(AttachmentKind.PHOTO, AttachmentKind.DOCUMENT);
        assertThat(attachments.check(EVIDENCE, List.of(new Upload("现场.mp4", TestImages.mp4(64))))).singleElement()
                .extracting(RuleViolation::getMessage).asString().contains("不是可接受的证明材料");
        long pdf = stored.get(1).id();
        assertThatThrownBy(() -> attachments.file(other, pdf)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.file(Owner.activity(900_002), pdf)).isInstanceOf(NotFoundException.class);
        assertThat(attachments.file(report, pdf).contentType()).isEqualTo("application/pdf");
        assertThat(attachments.of(Owner.PROGRESS_REPORT, List.of(900_002L, 900_003L))).containsOnlyKeys(900_002L);

        attachments.removeAll(report);
        assertThat(attachments.of(report)).isEmpty();
        assertThatThrownBy(() -> attachments.file(report, pdf)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("大小先于内容：超过上限的文件不读一个字节就被拒绝")
    void sizeBeforeContent() {
        MockMultipartFile unread = new MockMultipartFile("files", "录像.pdf", "application/pdf", new byte[0]) {
            @Override
            public long getSize() {
                return 5L * 1024 * 1024;
            }

            @Override
            public java.io.InputStream getInputStream() {
                throw new AssertionError("a file past its limit was read");
            }
        };
        assertThat(attachments.check(EVIDENCE, List.of(Upload.of(unread)))).singleElement()
                .satisfies(p -> assertThat(p).hasMessage("“录像.pdf”超过1MB，请压缩后上传"));
    }

    @Test
    @DisplayName("尺寸先看文件头：一个几十字节却声称25000×25000像素的PNG不解码就被拒绝；大照片的缩略图按抽样读出")
    void hugePicturesAreRefusedFromTheirHeader() throws IOException {
        byte[] bomb = pngHeader(25_000, 25_000);
        assertThat(bomb.length).isLessThan(100);
        assertThat(attachments.check(EVIDENCE, List.of(new Upload("巨图.png", bomb)))).singleElement()
                .extracting(RuleViolation::getMessage).isEqualTo("“巨图.png”的尺寸为25000×25000像素，超过6000万像素的上限，请缩小后上传");
        assertThat(Thumbnails.size(TestImages.png(4000, 3000))).hasValueSatisfying(d -> {
            assertThat(d.width).isEqualTo(4000);
            assertThat(d.height).isEqualTo(3000);
        });
        assertThat(ImageIO.read(new ByteArrayInputStream(Thumbnails.of(TestImages.jpeg(4000, 3000)).orElseThrow())).getWidth())
                .isEqualTo(320);
    }

    /** A PNG whose header (IHDR, with a correct CRC) claims the given size, with no pixels behind it. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }

    private static byte[] zipWith(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes());
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
