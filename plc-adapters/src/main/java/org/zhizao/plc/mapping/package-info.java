/**
 * Tag mapping: which server, which device type template and which root node each device has, and how
 * a template's canonical signals and commands are found under the root node. Loaded from YAML by
 * {@link org.zhizao.plc.mapping.MappingLoader} with errors naming file, line and field, or built in
 * code from the plant model's bindings. Free of any OPC UA library.
 */
package org.zhizao.plc.mapping;
