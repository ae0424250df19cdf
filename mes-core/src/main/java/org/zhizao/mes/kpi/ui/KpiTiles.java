package org.zhizao.mes.kpi.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhizao.mes.kpi.domain.Kpis;

/** The headline KPIs of the element shown, one tile each; a tile's value has the id {@code kpi-<name>}. */
class KpiTiles extends Div {

    private final Map<String, Span> values = new LinkedHashMap<>();

    KpiTiles() {
        addClassName("kpi-tiles");
        for (String name : new String[] {"oee", "availability", "performance", "quality", "good", "scrap",
                "scrapRate", "energyPerUnit", "mtbf", "mttr"}) {
            Span label = new Span(getTranslation("dashboard.kpi." + name));
            label.addClassName("kpi-label");
            Span value = new Span(KpiText.UNDEFINED);
            value.setId("kpi-" + name);
            value.addClassName("kpi-value");
            Div tile = new Div(label, value);
            tile.addClassNames("kpi-tile", "kpi-" + name);
            values.put(name, value);
            add(tile);
        }
    }

    void show(KpiDesk.Figures figures, KpiText text) {
        Kpis k = figures.kpis();
        values.get("oee").setText(text.percent(k.oee()));
        values.get("availability").setText(text.percent(k.availability()));
        values.get("performance").setText(text.percent(k.effectiveness()));
        values.get("quality").setText(text.percent(k.qualityRatio()));
        values.get("good").setText(text.integer(figures.inputs().good()));
        values.get("scrap").setText(text.integer(figures.inputs().scrap()));
        values.get("scrapRate").setText(text.percent(k.scrapRatio()));
        values.get("energyPerUnit").setText(k.energyPerGoodUnitKwh() == null ? KpiText.UNDEFINED
                : text.number(k.energyPerGoodUnitKwh(), 2) + " kWh");
        values.get("mtbf").setText(text.duration(k.mtbf()));
        values.get("mttr").setText(text.duration(k.mttr()));
    }
}
