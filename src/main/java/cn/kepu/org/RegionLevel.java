package cn.kepu.org;

enum RegionLevel {
    PROVINCE("省级"),
    PREFECTURE("地级"),
    COUNTY("县级");

    private final String label;

    RegionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
