package kaohe.report;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where records become maps: JasperReports' bean data source cannot read records'
 * accessors, its map data source can. Keys are the component names, which the templates use as fields.
 */
final class RecordMaps {

    private RecordMaps() {
    }

    public static List<Map<String, ?>> of(List<? extends Record> records) {
        List<Map<String, ?>> maps = new ArrayList<>(records.size());
        for (Record record : records) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    map.put(component.getName(), component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            maps.add(map);
        }
        return maps;
    }

    public static List<String> names(Class<? extends Record> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
