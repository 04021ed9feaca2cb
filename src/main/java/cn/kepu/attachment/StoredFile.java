package cn.kepu.attachment;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file's bytes with the type checked when it was uploaded, and the name it was uploaded with. */
public record StoredFile(String name, String contentType, byte[] bytes) {

    /**
     * The file shown in the page (a photo, a thumbnail, a video the player asks ranges of), for this user only: not
     * kept by shared caches, asked again each time, since who may see it can change.
     */
    public ResponseEntity<Resource> shown() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(new ByteArrayResource(bytes));
    }
}
