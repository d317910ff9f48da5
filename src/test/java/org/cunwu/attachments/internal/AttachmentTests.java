package org.cunwu.attachments.internal;

import static org.cunwu.villages.VillageFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import com.sun.management.ThreadMXBean;
import org.cunwu.IntegrationTest;
import org.cunwu.attachments.AttachmentService;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Node;

/**
 * Attachments on a village's commitment: what is stored is what the issue asks (type from the content, no Exif,
 * a thumbnail, the original's checksum), the limits hold, and downloads are exactly as visible as the commitment.
 */
@IntegrationTest
class AttachmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AttachmentService service;

    Village own;
    long commitment;
    PortalUser secretary;
    PortalUser otherSecretary;
    PortalUser otherTown;
    PortalUser ownTown;
    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
    final PortalUser viewer = VillageFixtures.user(Role.VIEWER, null, null);

    @BeforeEach
    void createCommitment() {
        String tag = VillageFixtures.freshCode().substring(0, 5);
        Town town = fixtures.town("附件镇" + tag);
        own = fixtures.village("附件村" + tag, town);
        Town elsewhere = fixtures.town("他镇" + tag);
        Village other = fixtures.village("他村" + tag, elsewhere);
        commitment = jdbc.queryForObject("""
                insert into commitment (village_id, pledged_by, content, category, pledged_on, promised_by, status)
                values (?, '代表', '修路', 'INFRASTRUCTURE', date '2023-03-01', date '2023-12-31', 'PLEDGED') returning id""",
                Long.class, own.getId());
        secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, own.getId());
        otherSecretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, other.getId());
        ownTown = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);
        otherTown = VillageFixtures.user(Role.TOWN_STAFF, elsewhere.getId(), null);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    MvcResult upload(PortalUser who, MockMultipartFile... files) throws Exception {
        var request = multipart("/attachments/commitment/" + commitment);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        return mvc.perform(request.with(csrf()).with(user(who))).andReturn();
    }

    static MockMultipartFile file(String name, String claimedType, byte[] content) {
        return new MockMultipartFile("files", name, claimedType, content);
    }

    List<Long> attachments() {
        return jdbc.queryForList("select id from attachment where owner_kind = 'commitment' and owner_id = ? and deleted_at is null order by id",
                Long.class, commitment);
    }

    byte[] stored(long id) throws Exception {
        signIn(district);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.copyContent(service.visible(id), out);
        SecurityContextHolder.clearContext();
        return out.toByteArray();
    }


    @Test
    void aPhonePhotoIsStoredWithoutItsPositionOrPhoneButUprightWithAThumbnailAndTheOriginalsChecksum() throws Exception {
        byte[] photo = TestImages.phoneJpeg(800, 600, 6);
        // the test's own photo does carry what must go
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains(TestImages.MODEL, TestImages.MAKER);
        MvcResult result = upload(secretary, file("路面修复.jpg", "image/jpeg", photo));
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/commitments/" + commitment + "#attachments");
        assertThat(result.getFlashMap().get("attachmentsAdded")).isEqualTo(1);

        long id = attachments().get(0);
        byte[] stored = stored(id);
        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain(TestImages.MODEL).doesNotContain(TestImages.MAKER);
        // the stored file's metadata read back: one Exif block left, holding the orientation only (no GPS directory)
        List<TestImages.Segment> app1 = TestImages.segments(stored).stream().filter(s -> s.marker() == 0xE1).toList();
        assertThat(app1).hasSize(1);
        assertThat(app1.get(0).payload()).isEqualTo(MetadataStripper.orientationExif(6));
        assertThat(MetadataStripper.orientation(app1.get(0).payload())).isEqualTo(6);
        // ImageIO's own reading of the metadata agrees: no Exif GPS (tag 0x8825) or model anywhere in its tree
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(stored))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            String tree = dump(metadata.getAsTree(metadata.getNativeMetadataFormatName()));
            assertThat(tree).doesNotContain(TestImages.MODEL);
            assertThat(reader.read(0).getWidth()).isEqualTo(800); // the picture itself is intact
        }

        var row = jdbc.queryForMap("select * from attachment where id = ?", id);
        assertThat(row.get("content_type")).isEqualTo("image/jpeg");
        assertThat(row.get("file_name")).isEqualTo("路面修复.jpg");
        assertThat(row.get("original_sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo)));
        assertThat(row.get("original_size")).isEqualTo((long) photo.length);
        assertThat(row.get("stored_size")).isEqualTo((long) stored.length);
        // upright: orientation 6 turns the 800 × 600 picture into 600 × 800, and so does the thumbnail
        assertThat(row.get("width")).isEqualTo(600);
        assertThat(row.get("height")).isEqualTo(800);
        var thumbnail = ImageIO.read(new ByteArrayInputStream((byte[]) row.get("thumbnail")));
        assertThat(thumbnail.getWidth()).isEqualTo(240);
        assertThat(thumbnail.getHeight()).isEqualTo(320);

        MockHttpServletResponse download = mvc.perform(get("/attachments/" + id).with(user(secretary))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("image/jpeg");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Content-Disposition")).startsWith("inline;").contains("filename*=UTF-8''");
        assertThat(download.getHeader("Content-Security-Policy")).contains("sandbox");
        assertThat(download.getContentAsByteArray()).isEqualTo(stored);
        MockHttpServletResponse thumb = mvc.perform(get("/attachments/" + id + "/thumbnail").with(user(secretary))).andReturn().getResponse();
        assertThat(thumb.getStatus()).isEqualTo(200);
        assertThat(thumb.getContentType()).isEqualTo("image/jpeg");

        // the record's page shows the thumbnail, and the form to add more to who may change it
        String page = mvc.perform(get("/commitments/" + commitment).with(user(secretary))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/attachments/" + id + "/thumbnail", "路面修复.jpg", "enctype=\"multipart/form-data\"", "capture=\"environment\"",
                "multiple");
        String read = mvc.perform(get("/commitments/" + commitment).with(user(viewer))).andReturn().getResponse().getContentAsString();
        assertThat(read).contains("/attachments/" + id + "/thumbnail").doesNotContain("enctype=\"multipart/form-data\"");
    }

    private static String dump(Node node) {
        StringBuilder text = new StringBuilder(node.getNodeName());
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                text.append(' ').append(node.getAttributes().item(i));
            }
        }
        if (node instanceof IIOMetadataNode n && n.getUserObject() instanceof byte[] bytes) {
            text.append(new String(bytes, StandardCharsets.ISO_8859_1));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            text.append('\n').append(dump(child));
        }
        return text.toString();
    }

    @Test
    void aPngLosesItsTextChunksAndAPdfIsKeptAsSentAndDownloadedNotShown() throws Exception {
        byte[] png = TestImages.picture("png", 400, 300);
        byte[] pdf = TestImages.pdf(50_000);
        MvcResult result = upload(secretary, file("照片.png", "image/png", png), file("协议.pdf", "application/octet-stream", pdf));
        assertThat(result.getFlashMap().get("attachmentsAdded")).isEqualTo(2);
        List<Long> ids = attachments();
        assertThat(jdbc.queryForList("select content_type from attachment where id in (?, ?) order by id", String.class, ids.get(0), ids.get(1)))
                .containsExactly("image/png", "application/pdf");
        assertThat(ImageIO.read(new ByteArrayInputStream(stored(ids.get(0)))).getWidth()).isEqualTo(400);
        assertThat(stored(ids.get(1))).isEqualTo(pdf);
        assertThat(jdbc.queryForObject("select thumbnail is null from attachment where id = ?", Boolean.class, ids.get(1))).isTrue();
        MockHttpServletResponse download = mvc.perform(get("/attachments/" + ids.get(1)).with(user(district))).andReturn().getResponse();
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(mvc.perform(get("/attachments/" + ids.get(1) + "/thumbnail").with(user(district))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aRenamedExecutableAnHtmlPageAndAnSvgAreRefusedByTheirContent() throws Exception {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
        byte[] elf = new byte[4096];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        MvcResult result = upload(secretary, file("photo.jpg", "image/jpeg", exe), file("scan.pdf", "application/pdf", elf),
                file("photo.png", "image/png", html), file("logo.jpg", "image/jpeg", svg));
        assertThat(result.getFlashMap().get("attachmentsAdded")).isEqualTo(0);
        @SuppressWarnings("unchecked")
        List<AttachmentService.Refusal> refused = (List<AttachmentService.Refusal>) result.getFlashMap().get("attachmentRefusals");
        assertThat(refused).extracting(AttachmentService.Refusal::messageKey).containsOnly("attachment.refused.type");
        assertThat(refused).extracting(AttachmentService.Refusal::fileName).containsExactly("photo.jpg", "scan.pdf", "photo.png", "logo.jpg");
        assertThat(attachments()).isEmpty();
        // a JPEG header on something that is no picture: refused as unreadable
        byte[] fake = new byte[2048];
        System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 0, fake, 0, 4);
        MvcResult broken = upload(secretary, file("fake.jpg", "image/jpeg", fake));
        assertThat(broken.getFlashMap().get("attachmentsAdded")).isEqualTo(0);
        assertThat(attachments()).isEmpty();
    }

    @Test
    void aHeicPhotoIsRefusedWithAMessageThatSaysWhatToDo() throws Exception {
        byte[] heic = new byte[1024];
        byte[] box = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'};
        System.arraycopy(box, 0, heic, 0, box.length);
        MvcResult result = upload(secretary, file("IMG_0001.HEIC", "image/heic", heic));
        @SuppressWarnings("unchecked")
        List<AttachmentService.Refusal> refused = (List<AttachmentService.Refusal>) result.getFlashMap().get("attachmentRefusals");
        assertThat(refused).extracting(AttachmentService.Refusal::messageKey).containsExactly("attachment.refused.heic");
        // the page the upload goes back to names the file and says what to do
        // (sessions live in PostgreSQL: the flash message follows the session's cookie)
        MockHttpServletResponse sent = mvc.perform(multipart("/attachments/commitment/" + commitment)
                .file(file("IMG_0001.HEIC", "image/heic", heic)).with(csrf()).with(user(secretary))).andReturn().getResponse();
        String page = mvc.perform(get("/commitments/" + commitment).cookie(sent.getCookies()).with(user(secretary)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("IMG_0001.HEIC", "HEIC 格式的照片暂不支持", "兼容性最佳");
    }

    @Test
    void aFileOverTenMegabytesAndABatchOverTwentyFilesAreRefused() throws Exception {
        MvcResult tooLarge = upload(secretary, file("big.pdf", "application/pdf", TestImages.pdf(10 * 1024 * 1024 + 1)),
                file("ok.pdf", "application/pdf", TestImages.pdf(10 * 1024 * 1024)));
        @SuppressWarnings("unchecked")
        List<AttachmentService.Refusal> refused = (List<AttachmentService.Refusal>) tooLarge.getFlashMap().get("attachmentRefusals");
        assertThat(refused).extracting(AttachmentService.Refusal::fileName).containsExactly("big.pdf");
        assertThat(refused).extracting(AttachmentService.Refusal::messageKey).containsExactly("attachment.refused.size");
        assertThat(attachments()).hasSize(1);

        // 18 more (19 in all): a batch of 2 would make 21 and attaches nothing; 1 makes 20, the most
        for (int i = 0; i < 18; i++) {
            jdbc.update("""
                    insert into attachment (owner_kind, owner_id, file_name, content_type, stored_size, original_size, original_sha256,
                        storage_key, uploaded_at, uploaded_by) values ('commitment', ?, 'x.pdf', 'application/pdf', 1, 1, ?, ?, now(), 't')""",
                    commitment, "0".repeat(64), "count-" + commitment + "-" + i);
        }
        MvcResult overCount = upload(secretary, file("a.pdf", "application/pdf", TestImages.pdf(2000)),
                file("b.pdf", "application/pdf", TestImages.pdf(2000)));
        @SuppressWarnings("unchecked")
        List<AttachmentService.Refusal> count = (List<AttachmentService.Refusal>) overCount.getFlashMap().get("attachmentRefusals");
        assertThat(count).extracting(AttachmentService.Refusal::messageKey).containsExactly("attachment.refused.count");
        assertThat(attachments()).hasSize(19);
        assertThat(upload(secretary, file("c.pdf", "application/pdf", TestImages.pdf(2000))).getFlashMap().get("attachmentsAdded")).isEqualTo(1);
        assertThat(attachments()).hasSize(20);
        String page = mvc.perform(get("/commitments/" + commitment).with(user(secretary))).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("enctype=\"multipart/form-data\"").contains("已达到每条记录 20 个附件的上限");
    }

    @Test
    void tenUploadsAtTheSameMomentOntoARecordWithEighteenFilesStopAtTwenty() throws Exception {
        for (int i = 0; i < 18; i++) {
            jdbc.update("""
                    insert into attachment (owner_kind, owner_id, file_name, content_type, stored_size, original_size, original_sha256,
                        storage_key, uploaded_at, uploaded_by) values ('commitment', ?, 'x.pdf', 'application/pdf', 1, 1, ?, ?, now(), 't')""",
                    commitment, "0".repeat(64), "race-" + commitment + "-" + i);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<MvcResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                MockMultipartFile one = file("race-" + i + ".pdf", "application/pdf", TestImages.pdf(300_000));
                results.add(pool.submit(() -> {
                    start.await();
                    return upload(secretary, one);
                }));
            }
            start.countDown();
            int added = 0;
            List<String> refusals = new ArrayList<>();
            for (Future<MvcResult> result : results) {
                MvcResult done = result.get();
                assertThat(done.getResponse().getStatus()).isEqualTo(302);
                added += (Integer) done.getFlashMap().get("attachmentsAdded");
                @SuppressWarnings("unchecked")
                List<AttachmentService.Refusal> refused = (List<AttachmentService.Refusal>) done.getFlashMap().get("attachmentRefusals");
                if (refused != null) {
                    refused.forEach(r -> refusals.add(r.messageKey()));
                }
            }
            assertThat(added).isEqualTo(2);
            // refused at the count before the upload is read, or at the record's turn once two were attached
            assertThat(refusals).hasSize(8).isSubsetOf("attachment.refused.full", "attachment.refused.count");
        } finally {
            pool.shutdownNow();
        }
        assertThat(attachments()).hasSize(20);
        assertThat(jdbc.queryForObject("select count(distinct storage_key) from attachment_chunk where storage_key in "
                + "(select storage_key from attachment where owner_kind = 'commitment' and owner_id = ?)", Long.class, commitment))
                .as("no content left behind by a refused upload").isEqualTo(2);
    }

    @Test
    void deletingAVisitDeletesItsAttachmentsAndKeepsTheirLog() throws Exception {
        long representative = jdbc.queryForObject("insert into representative (village_id, name) values (?, '走访代表') returning id", Long.class,
                own.getId());
        long household = jdbc.queryForObject("insert into representative_household (representative_id, household) values (?, '某户') returning id",
                Long.class, representative);
        long visit = jdbc.queryForObject("""
                insert into household_visit (village_id, representative_id, household_id, visited_on, client_token)
                values (?, ?, ?, date '2023-05-01', ?) returning id""", Long.class, own.getId(), representative, household,
                UUID.randomUUID().toString());
        MvcResult uploaded = mvc.perform(multipart("/attachments/visit/" + visit)
                .file(file("走访单.png", "image/png", TestImages.picture("png", 60, 40)))
                .file(file("签字.pdf", "application/pdf", TestImages.pdf(5000))).with(csrf()).with(user(secretary))).andReturn();
        assertThat(uploaded.getFlashMap().get("attachmentsAdded")).isEqualTo(2);
        List<String> keys = jdbc.queryForList("select storage_key from attachment where owner_kind = 'visit' and owner_id = ?", String.class, visit);
        assertThat(keys).hasSize(2);

        assertThat(mvc.perform(post("/visits/" + visit + "/delete").with(csrf()).with(user(secretary))).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/representatives/" + representative);
        assertThat(jdbc.queryForObject("select count(*) from household_visit where id = ?", Long.class, visit)).isZero();
        assertThat(jdbc.queryForList("select deleted_by from attachment where owner_kind = 'visit' and owner_id = ?", String.class, visit))
                .as("each attachment is a line of the log, deleted by who deleted the visit")
                .containsExactly(secretary.getDisplayName(), secretary.getDisplayName());
        assertThat(jdbc.queryForObject("select count(*) from attachment where owner_kind = 'visit' and owner_id = ? and thumbnail is not null",
                Long.class, visit)).isZero();
        for (String key : keys) {
            assertThat(jdbc.queryForObject("select count(*) from attachment_chunk where storage_key = ?", Long.class, key)).isZero();
        }
    }

    @Test
    void theThumbnailIsOnTheRecordsPageAndPrintsWithItWhileTheUploadAndDeleteFormsDoNot() throws Exception {
        upload(secretary, file("路面.png", "image/png", TestImages.picture("png", 400, 300)));
        long id = attachments().get(0);
        var page = Jsoup.parse(mvc.perform(get("/commitments/" + commitment).with(user(secretary))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        var thumbnail = page.selectFirst("#attachments img[src=/attachments/" + id + "/thumbnail]");
        assertThat(thumbnail).isNotNull();
        assertThat(thumbnail.parents().stream().filter(e -> e.hasClass("no-print") || e.hasClass("d-print-none")).toList())
                .as("nothing around the thumbnail hides it from the printout").isEmpty();
        assertThat(page.select("#attachments form").stream().allMatch(form -> form.hasClass("no-print")))
                .as("the upload and delete forms stay off the printout").isTrue();
        assertThat(page.select("#attachments form")).isNotEmpty();
    }

    @Test
    void downloadsAndChangesAreScopedExactlyLikeTheCommitment() throws Exception {
        upload(secretary, file("现场.png", "image/png", TestImages.picture("png", 100, 80)));
        long id = attachments().get(0);
        for (PortalUser reader : List.of(district, viewer, ownTown, secretary)) {
            assertThat(mvc.perform(get("/attachments/" + id).with(user(reader))).andReturn().getResponse().getStatus()).isEqualTo(200);
            assertThat(mvc.perform(get("/attachments/" + id + "/thumbnail").with(user(reader))).andReturn().getResponse().getStatus())
                    .isEqualTo(200);
        }
        for (PortalUser outsider : List.of(otherTown, otherSecretary)) {
            assertThat(mvc.perform(get("/attachments/" + id).with(user(outsider))).andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThat(mvc.perform(get("/attachments/" + id + "/thumbnail").with(user(outsider))).andReturn().getResponse().getStatus())
                    .isEqualTo(404);
            assertThat(upload(outsider, file("x.png", "image/png", TestImages.picture("png", 10, 10))).getResponse().getStatus()).isEqualTo(404);
            assertThat(mvc.perform(post("/attachments/" + id + "/delete").param("version", "0").with(csrf()).with(user(outsider)))
                    .andReturn().getResponse().getStatus()).isEqualTo(404);
        }
        // the leader reads but does not change
        assertThat(upload(viewer, file("x.png", "image/png", TestImages.picture("png", 10, 10))).getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/attachments/" + id + "/delete").param("version", "0").with(csrf()).with(user(viewer)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        // an unknown kind of record is not found
        assertThat(mvc.perform(multipart("/attachments/nothing/" + commitment).with(csrf()).with(user(district))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);

        // deleted by the secretary: gone for everyone, its content too; the record's page keeps the log line
        MvcResult deleted = mvc.perform(post("/attachments/" + id + "/delete").param("version", "0").with(csrf()).with(user(secretary)))
                .andReturn();
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/commitments/" + commitment + "#attachments");
        assertThat(mvc.perform(get("/attachments/" + id).with(user(district))).andReturn().getResponse().getStatus()).isEqualTo(404);
        String storageKey = jdbc.queryForObject("select storage_key from attachment where id = ?", String.class, id);
        assertThat(jdbc.queryForObject("select count(*) from attachment_chunk where storage_key = ?", Long.class, storageKey)).isZero();
        assertThat(jdbc.queryForObject("select deleted_by from attachment where id = ?", String.class, id)).isEqualTo(secretary.getDisplayName());
        String page = mvc.perform(get("/commitments/" + commitment).with(user(district))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("附件日志", "现场.png", secretary.getDisplayName() + " 于").doesNotContain("/attachments/" + id + "/thumbnail");
    }

    /**
     * A 10 MB upload streams: the request allocates far less than the file (a copy of the file in memory would
     * allocate at least its 10 MB; chunks are read into one buffer and handed to the driver as streams).
     */
    @Test
    void aTenMegabyteUploadDoesNotTakeTenMegabytesOfMemory() throws Exception {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        MockMultipartFile warmUp = file("warm.pdf", "application/pdf", TestImages.pdf(1024 * 1024));
        upload(secretary, warmUp);
        MockMultipartFile big = file("scan.pdf", "application/pdf", TestImages.pdf(10 * 1024 * 1024));
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        MvcResult result = upload(secretary, big);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(result.getFlashMap().get("attachmentsAdded")).isEqualTo(1);
        System.out.printf("10 MB upload allocated %.1f MB on the request's thread%n", allocated / 1024.0 / 1024.0);
        assertThat(allocated).as("bytes allocated by one 10 MB upload").isLessThan(5L * 1024 * 1024);
        long id = attachments().get(1);
        assertThat(jdbc.queryForObject("select count(*) from attachment_chunk c join attachment a on a.storage_key = c.storage_key where a.id = ?",
                Long.class, id)).isEqualTo(40L);
    }
}
