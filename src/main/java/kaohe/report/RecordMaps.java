package kaohe.report;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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

    /** A component's name and its accessor, typed {@code (Object)Object}. */
    private record Field(String name, MethodHandle accessor) {
    }

    /**
     * Each record class's fields, found once: {@link Class#getRecordComponents()} builds its answer afresh on every call,
     * which for a unit report's rows was 3 % of a unit PDF's time.
     */
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    MethodHandle accessor = MethodHandles.lookup().unreflect(component.getAccessor());
                    fields.add(new Field(component.getName(), accessor.asType(MethodType.methodType(Object.class, Object.class))));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            return List.copyOf(fields);
        }
    };

    public static List<Map<String, ?>> of(List<? extends Record> records) {
        List<Map<String, ?>> maps = new ArrayList<>(records.size());
        for (Record record : records) {
            List<Field> fields = FIELDS.get(record.getClass());
            Map<String, Object> map = new LinkedHashMap<>(fields.size() * 2);
            for (Field field : fields) {
                map.put(field.name(), read(field, record));
            }
            maps.add(map);
        }
        return maps;
    }

    private static Object read(Field field, Record record) {
        try {
            return (Object) field.accessor().invokeExact((Object) record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + field.name(), e);
        }
    }

    public static List<String> names(Class<? extends Record> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
