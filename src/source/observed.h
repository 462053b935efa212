#pragma once
// source: data a person gives versus data observed or generated about them (a source marked
// "observed": CCTV, entry logs): Art 13(2)(e) — must they give it? — is asked only of the first.
#include "source/model.h"

namespace pnc::source {

/// True when a data category of `purpose` comes from a source that collects it from the person
/// and does not merely observe them (`from_person` without `observed`).
bool GivenByPerson(const Model& model, const Purpose& purpose);

/// True when `purpose`'s data comes from an observed source and none from a source the person
/// gives it to: no requirement sentence is printed for it, and one the source gives is reported.
bool ObservedOnly(const Model& model, const Purpose& purpose);

/// True when a data category of `purpose` names sources and none of them collects it from the person
/// (`from_person` without `observed`): data obtained elsewhere (public records, a referrer, CCTV), which
/// no one is asked for. A category that names no sources, or none that resolve, says nothing either way.
bool ObtainedElsewhere(const Model& model, const Purpose& purpose);

}  // namespace pnc::source
