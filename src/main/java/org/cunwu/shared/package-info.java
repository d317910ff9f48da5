/**
 * What several modules truly share: the signed-in user and their data scope, the one access policy, the not-found
 * path, paging, list links and form submission, exports (columns and batches), dictionaries, status trails, record
 * history, validation, and the web layout's model and menu. Open: every module may use all of it; it uses none of them.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.cunwu.shared;

import org.springframework.modulith.ApplicationModule;
