package cloud.olympus.fx.connection;

/** Whether the server answers. */
public enum ConnectionState { CHECKING, ONLINE, OFFLINE }
