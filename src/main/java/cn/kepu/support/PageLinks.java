package cn.kepu.support;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * For templates ({@code ${@pages.to(3)}}): the current page's address with another page number, keeping every
 * filter the person chose — so a pager needs no list of the page's parameters.
 */
@Component("pages")
public class PageLinks {

    /** The edit page of the record a form was posted for: forms post to X and are opened at X/edit. */
    public String edit() {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQuery(null).build().getPath() + "/edit";
    }

    public String to(int page) {
        UriComponents link = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build();
        return link.getPath() + "?" + link.getQuery();
    }
}
