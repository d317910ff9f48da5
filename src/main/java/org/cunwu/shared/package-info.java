/**
 * What several modules truly share: the signed-in user and their data scope, the not-found path,
 * paging and list links, exports, record history, and the web layout's model.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.cunwu.shared;
