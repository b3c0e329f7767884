package cloud.olympus.model.auth;

import static cloud.olympus.model.auth.Permission.ALERT_ACKNOWLEDGE;
import static cloud.olympus.model.auth.Permission.ALERT_VIEW;
import static cloud.olympus.model.auth.Permission.APPROVAL_DECIDE;
import static cloud.olympus.model.auth.Permission.AUDIT_VIEW;
import static cloud.olympus.model.auth.Permission.CASH_DRAWER;
import static cloud.olympus.model.auth.Permission.CASH_RECONCILE;
import static cloud.olympus.model.auth.Permission.CATALOGUE_EDIT;
import static cloud.olympus.model.auth.Permission.CATALOGUE_VIEW;
import static cloud.olympus.model.auth.Permission.CUSTOMER_EDIT;
import static cloud.olympus.model.auth.Permission.CUSTOMER_PRIVACY;
import static cloud.olympus.model.auth.Permission.CUSTOMER_VIEW;
import static cloud.olympus.model.auth.Permission.DATA_EXPORT;
import static cloud.olympus.model.auth.Permission.DEVICE_MANAGE;
import static cloud.olympus.model.auth.Permission.DISCOUNT_APPLY;
import static cloud.olympus.model.auth.Permission.LOCATION_ACT;
import static cloud.olympus.model.auth.Permission.LOCATION_CREATE;
import static cloud.olympus.model.auth.Permission.LOCATION_VIEW;
import static cloud.olympus.model.auth.Permission.OPEN_PRICE_ENTER;
import static cloud.olympus.model.auth.Permission.OPERATIONS_VIEW;
import static cloud.olympus.model.auth.Permission.ORDER_CREATE;
import static cloud.olympus.model.auth.Permission.ORDER_MANAGE;
import static cloud.olympus.model.auth.Permission.ORDER_PREPARE;
import static cloud.olympus.model.auth.Permission.ORDER_REFUND;
import static cloud.olympus.model.auth.Permission.ORDER_REVIEW;
import static cloud.olympus.model.auth.Permission.ORDER_VIEW;
import static cloud.olympus.model.auth.Permission.PAYMENT_TAKE;
import static cloud.olympus.model.auth.Permission.REPORTS_VIEW;
import static cloud.olympus.model.auth.Permission.SALE_RECORD;
import static cloud.olympus.model.auth.Permission.SCHEDULE_EDIT;
import static cloud.olympus.model.auth.Permission.SCHEDULE_VIEW;
import static cloud.olympus.model.auth.Permission.STAFF_ADMIN;
import static cloud.olympus.model.auth.Permission.STAFF_VIEW;
import static cloud.olympus.model.auth.Permission.STOCK_ADJUST;
import static cloud.olympus.model.auth.Permission.STOCK_VIEW;
import static cloud.olympus.model.auth.Permission.TENANT_SETTINGS;
import static cloud.olympus.model.auth.Permission.TENANT_VIEW;
import static cloud.olympus.model.auth.Permission.TIME_CLOCK;
import static cloud.olympus.model.auth.Permission.TIME_CORRECT;
import static cloud.olympus.model.auth.Permission.TIMESHEET_APPROVE;
import static cloud.olympus.model.auth.Permission.USER_ADMIN;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of who may do what: each role and the permissions it grants. A person with
 * several roles may do what any of them allows. The server checks endpoints against it, and
 * clients hide what a person may not do; both read this table and nothing else.
 */
public final class AccessPolicy {

    private static final Map<Role, Set<Permission>> TABLE = new EnumMap<>(Role.class);

    static {
        Set<Permission> floor = EnumSet.of(TENANT_VIEW, CATALOGUE_VIEW, ALERT_VIEW, ORDER_VIEW, ORDER_CREATE, SALE_RECORD,
                ORDER_PREPARE, ORDER_MANAGE, PAYMENT_TAKE, CUSTOMER_VIEW, CUSTOMER_EDIT, TIME_CLOCK, SCHEDULE_VIEW);
        Set<Permission> cashier = EnumSet.copyOf(floor);
        cashier.add(OPEN_PRICE_ENTER);
        cashier.add(CASH_DRAWER);
        Set<Permission> manager = EnumSet.copyOf(cashier);
        manager.addAll(EnumSet.of(LOCATION_VIEW, CATALOGUE_EDIT, STOCK_VIEW, STOCK_ADJUST, ALERT_ACKNOWLEDGE, ORDER_REFUND,
                ORDER_REVIEW, DISCOUNT_APPLY, REPORTS_VIEW, SCHEDULE_EDIT, STAFF_VIEW, TIME_CORRECT, TIMESHEET_APPROVE, DEVICE_MANAGE,
                APPROVAL_DECIDE, CASH_RECONCILE));
        Set<Permission> admin = EnumSet.copyOf(manager);
        admin.addAll(EnumSet.of(TENANT_SETTINGS, LOCATION_ACT, OPERATIONS_VIEW, USER_ADMIN, AUDIT_VIEW, STAFF_ADMIN, DATA_EXPORT,
                CUSTOMER_PRIVACY));
        Set<Permission> owner = EnumSet.copyOf(admin);
        owner.add(LOCATION_CREATE);

        TABLE.put(Role.OWNER, owner);
        TABLE.put(Role.ADMIN, admin);
        TABLE.put(Role.MANAGER, manager);
        TABLE.put(Role.CASHIER, cashier);
        TABLE.put(Role.SERVER, floor);
        TABLE.put(Role.KITCHEN, EnumSet.of(TENANT_VIEW, CATALOGUE_VIEW, ALERT_VIEW, ORDER_VIEW, ORDER_PREPARE, TIME_CLOCK,
                SCHEDULE_VIEW));
        for (Role role : Role.values()) {
            if (!TABLE.containsKey(role)) {
                throw new ExceptionInInitializerError("No permissions listed for role " + role);
            }
        }
    }

    private AccessPolicy() {
    }

    /** What {@code role} may do. */
    public static Set<Permission> permissionsOf(Role role) {
        return Set.copyOf(TABLE.get(role));
    }

    /** What a person with these roles may do: everything any of them allows. */
    public static Set<Permission> permissionsOf(Collection<Role> roles) {
        EnumSet<Permission> granted = EnumSet.noneOf(Permission.class);
        for (Role role : roles) {
            granted.addAll(TABLE.get(role));
        }
        return granted;
    }

    public static boolean allows(Collection<Role> roles, Permission permission) {
        for (Role role : roles) {
            if (TABLE.get(role).contains(permission)) {
                return true;
            }
        }
        return false;
    }
}
