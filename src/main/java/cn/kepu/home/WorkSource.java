package cn.kepu.home;

import java.util.List;

/**
 * What a module puts on the workbench of the person signed in, within that person's data scope. The home page asks
 * every source and knows none of them: a new module adds its items by implementing this.
 */
public interface WorkSource {

    List<WorkItem> items();
}
