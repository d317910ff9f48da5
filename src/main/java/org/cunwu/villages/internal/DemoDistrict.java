package org.cunwu.villages.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cunwu.villages.Cluster;
import org.cunwu.villages.ConversionStatus;
import org.cunwu.villages.DemonstrationZone;
import org.cunwu.villages.District;
import org.cunwu.villages.Town;
import org.cunwu.villages.TownKind;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo district of the source article: 罗庄区 with its eight towns and sub-districts, their villages
 * and communities (the article's own names plus made-up neighbours), the clusters 三重/埝新/文曲山 and
 * the demonstration zones 傅庄/册山/黄山. Loaded once, only with the demo profile; every figure is
 * derived from the village's position in the tables below, so each start produces the same district.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDistrict implements ApplicationRunner {

    static final String DISTRICT_CODE = "371311";

    /** Town name, kind, villages (a name ending in 社区 is a community). */
    private record TownSeed(String name, TownKind kind, List<String> villages) {
    }

    private static final List<TownSeed> TOWNS = List.of(
            new TownSeed("罗庄街道", TownKind.SUBDISTRICT, List.of("朱陈社区", "罗庄社区", "沈泉庄社区", "湖东社区", "新华社区",
                    "龙潭社区", "前朱陈村", "后朱陈村", "大庄村", "吴白庄村", "前白庄村", "后白庄村")),
            new TownSeed("傅庄街道", TownKind.SUBDISTRICT, List.of("傅庄社区", "南头村", "北头村", "付家庄村", "小岭村", "张家岭村",
                    "东庄村", "西庄村", "前岭社区", "后岭村")),
            new TownSeed("盛庄街道", TownKind.SUBDISTRICT, List.of("十里堡社区", "盛庄社区", "新庄社区", "河东村", "前盛庄村",
                    "后盛庄村", "聂庄村", "大埠东村", "小埠东村", "杨家庄村")),
            new TownSeed("册山街道", TownKind.SUBDISTRICT, List.of("册山社区", "埝头村", "新安村", "埝上村", "前册山村", "后册山村",
                    "三重村", "梁庄村", "马庄村", "南泉村", "北泉村", "文曲山村")),
            new TownSeed("高都街道", TownKind.SUBDISTRICT, List.of("高都社区", "东高都村", "西高都村", "王庄村", "李官庄村",
                    "东石埠村", "西石埠村", "新沂庄村", "尤村", "中坦村")),
            new TownSeed("褚墩镇", TownKind.TOWN, List.of("褚墩一村", "褚墩二村", "褚墩三村", "褚墩社区", "大安村", "小安村",
                    "集西村", "庄坞村", "许寨村", "丁家庄村", "河湾村")),
            new TownSeed("黄山镇", TownKind.TOWN, List.of("黄山社区", "东蔡村", "凤凰庄村", "菊花屯村", "丰大村", "西蔡村",
                    "孙家庄村", "高庄村", "前湖村", "后湖村", "小埠村", "岭南村")),
            new TownSeed("沂堂镇", TownKind.TOWN, List.of("沂堂社区", "前沂堂村", "后沂堂村", "付庄村", "苗庄村", "枣园村",
                    "河口村", "新兴村", "大官庄村", "小官庄村")));

    /** 后进班子 under rectification in 2023: the villages the article's first campaign worked on. */
    private static final Set<String> RECTIFICATION = Set.of("后白庄村", "西庄村", "聂庄村", "马庄村", "西石埠村", "尤村",
            "许寨村", "河湾村", "后湖村", "苗庄村", "小官庄村");

    private static final Set<String> DEMONSTRATION = Set.of("朱陈社区", "南头村", "十里堡社区", "埝头村", "新安村",
            "褚墩一村", "凤凰庄村", "东蔡村", "沂堂社区");

    private static final Map<String, ConversionStatus> CONVERSION = Map.of("前朱陈村", ConversionStatus.IN_PROGRESS,
            "大庄村", ConversionStatus.CONVERTED, "东庄村", ConversionStatus.PLANNED, "河东村", ConversionStatus.IN_PROGRESS,
            "东高都村", ConversionStatus.CONVERTED, "前沂堂村", ConversionStatus.PLANNED, "褚墩二村", ConversionStatus.IN_PROGRESS);

    private static final Map<String, List<String>> SPECIALTIES = Map.ofEntries(
            Map.entry("埝头村", List.of("大米", "稻田虾")), Map.entry("新安村", List.of("莲藕", "藕粉")),
            Map.entry("埝上村", List.of("草莓")), Map.entry("前册山村", List.of("大米")), Map.entry("后册山村", List.of("莲藕")),
            Map.entry("三重村", List.of("花卉")), Map.entry("梁庄村", List.of("花卉", "苗木")), Map.entry("十里堡社区", List.of("软枣猕猴桃")),
            Map.entry("菊花屯村", List.of("软枣猕猴桃")), Map.entry("丰大村", List.of("软枣猕猴桃")),
            Map.entry("西蔡村", List.of("软枣猕猴桃")), Map.entry("孙家庄村", List.of("软枣猕猴桃")), Map.entry("高庄村", List.of("软枣猕猴桃")), Map.entry("朱陈社区", List.of("民宿", "露营")),
            Map.entry("东蔡村", List.of("家庭牧场")), Map.entry("凤凰庄村", List.of("花溪谷文旅")), Map.entry("褚墩一村", List.of("电商")),
            Map.entry("南头村", List.of("文创")));

    private static final List<String> ORDINARY_PRODUCTS = List.of("蔬菜", "黄桃", "蓝莓", "小麦", "花生", "樱桃", "食用菌", "板栗");

    private final DistrictRepository districts;
    private final TownRepository towns;
    private final VillageRepository villages;
    private final ClusterRepository clusters;
    private final DemonstrationZoneRepository zones;

    DemoDistrict(DistrictRepository districts, TownRepository towns, VillageRepository villages, ClusterRepository clusters,
            DemonstrationZoneRepository zones) {
        this.districts = districts;
        this.towns = towns;
        this.villages = villages;
        this.clusters = clusters;
        this.zones = zones;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (districts.findByCode(DISTRICT_CODE).isPresent()) {
            return;
        }
        District district = districts.save(new District("罗庄区", DISTRICT_CODE));
        Map<String, Town> townsByName = new HashMap<>();
        Map<String, Village> villagesByName = new HashMap<>();
        List<Village> all = new ArrayList<>();
        int townNo = 0;
        int villageNo = 0;
        for (TownSeed seed : TOWNS) {
            townNo++;
            String townPrefix = DISTRICT_CODE + String.format("%03d", townNo);
            Town town = towns.save(new Town(seed.name(), seed.kind(), townPrefix + "000", district));
            townsByName.put(seed.name(), town);
            int inTown = 0;
            for (String name : seed.villages()) {
                inTown++;
                villageNo++;
                boolean community = name.endsWith("社区");
                String code = townPrefix + (community ? "0" : "2") + String.format("%02d", inTown);
                Village village = new Village(name, community ? VillageKind.COMMUNITY : VillageKind.VILLAGE, code, town);
                village.update(details(name, community, code, town, villageNo), town, null);
                villagesByName.put(name, village);
                all.add(village);
            }
        }
        villages.saveAll(all);

        Town ceshan = townsByName.get("册山街道");
        cluster("三重片区", "三重花卉产业片区规划", "李文澜", Set.of(ceshan),
                List.of("三重村", "梁庄村", "马庄村", "南泉村", "北泉村"), villagesByName);
        cluster("埝新片区", "乐采册山田园综合体", "周明远", Set.of(ceshan),
                List.of("埝头村", "新安村", "埝上村", "前册山村", "后册山村"), villagesByName);
        cluster("文曲山片区", "电商红智引擎", "韩晓岚", Set.of(ceshan, townsByName.get("罗庄街道")),
                List.of("文曲山村", "册山社区", "龙潭社区", "湖东社区"), villagesByName);

        zone("傅庄示范片区", "傅庄乡村振兴示范片区规划", LocalDate.of(2023, 4, 18),
                List.of("南头村", "北头村", "傅庄社区", "小岭村", "张家岭村"), villagesByName);
        zone("册山示范片区", "册山乡村振兴示范片区规划", LocalDate.of(2023, 5, 26),
                List.of("埝头村", "新安村", "三重村", "梁庄村", "册山社区"), villagesByName);
        zone("黄山示范片区", "黄山乡村振兴示范片区规划", LocalDate.of(2023, 6, 30),
                List.of("东蔡村", "凤凰庄村", "菊花屯村", "丰大村", "西蔡村"), villagesByName);
    }

    private static VillageDetails details(String name, boolean community, String code, Town town, int n) {
        int population = community ? 2600 + (n * 397) % 1900 : 800 + (n * 613) % 2600;
        int households = Math.round(population / 3.2f);
        BigDecimal farmland = community ? BigDecimal.valueOf(150 + (n * 53) % 600)
                : BigDecimal.valueOf(900 + (n * 271) % 2800).add(BigDecimal.valueOf((n * 37) % 100, 2));
        BigDecimal income = BigDecimal.valueOf(60_000 + (n * 7_919L) % 440_000).setScale(2, RoundingMode.UNNECESSARY);
        Set<String> products = new LinkedHashSet<>(SPECIALTIES.getOrDefault(name, List.of(ORDINARY_PRODUCTS.get(n % ORDINARY_PRODUCTS.size()))));
        return new VillageDetails(name, community ? VillageKind.COMMUNITY : VillageKind.VILLAGE, code, town.getId(), null,
                population, households, farmland.setScale(2, RoundingMode.HALF_UP), income, RECTIFICATION.contains(name),
                DEMONSTRATION.contains(name), CONVERSION.getOrDefault(name, ConversionStatus.NONE), products, null, null);
    }

    private void cluster(String name, String plan, String secretary, Set<Town> clusterTowns, List<String> members,
            Map<String, Village> villagesByName) {
        Cluster cluster = new Cluster(name);
        cluster.update(name, plan, name.replace("片区", "片区党委"), secretary, clusterTowns);
        clusters.save(cluster);
        for (String member : members) {
            Village village = villagesByName.get(member);
            village.update(VillageDetailsOf.of(village), village.getTown(), cluster);
        }
    }

    private void zone(String name, String plan, LocalDate approvedOn, List<String> members, Map<String, Village> villagesByName) {
        DemonstrationZone zone = new DemonstrationZone(name);
        Set<Village> zoneVillages = new LinkedHashSet<>();
        members.forEach(m -> zoneVillages.add(villagesByName.get(m)));
        zone.update(name, plan, approvedOn, zoneVillages);
        zones.save(zone);
    }

    /** A village's current facts as details, to change one thing (its cluster) and keep the rest. */
    private static final class VillageDetailsOf {

        static VillageDetails of(Village v) {
            return new VillageDetails(v.getName(), v.getKind(), v.getCode(), v.getTown().getId(), null, v.getPopulation(),
                    v.getHouseholds(), v.getFarmlandMu(), v.getCollectiveIncome(), v.isRectification(), v.isDemonstration(),
                    v.getConversionStatus(), new LinkedHashSet<>(v.getSpecialties()), v.getEstablishedOn(), v.getDissolvedOn());
        }
    }
}
