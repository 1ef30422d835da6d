/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const opentelemetry = $root.opentelemetry = (() => {

    const opentelemetry = {};

    opentelemetry.proto = (function() {

        const proto = {};

        proto.collector = (function() {

            const collector = {};

            collector.metrics = (function() {

                const metrics = {};

                metrics.v1 = (function() {

                    const v1 = {};

                    v1.ExportMetricsServiceRequest = (function() {

                        const ExportMetricsServiceRequest = function (p) {
                            this.resourceMetrics = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        ExportMetricsServiceRequest.prototype.resourceMetrics = $util.emptyArray;

                        ExportMetricsServiceRequest.create = function(properties) {
                            return new ExportMetricsServiceRequest(properties);
                        };

                        ExportMetricsServiceRequest.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.resourceMetrics != null && m.resourceMetrics.length) {
                                for (var i = 0; i < m.resourceMetrics.length; ++i)
                                    $root.opentelemetry.proto.metrics.v1.ResourceMetrics.encode(m.resourceMetrics[i], w.uint32(10).fork(), q + 1).ldelim();
                            }
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        ExportMetricsServiceRequest.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 2)
                                            break;
                                        if (!(m.resourceMetrics && m.resourceMetrics.length))
                                            m.resourceMetrics = [];
                                        m.resourceMetrics.push($root.opentelemetry.proto.metrics.v1.ResourceMetrics.decode(r, r.size(), $undefined, q + 1));
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        ExportMetricsServiceRequest.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest();
                            if (d.resourceMetrics) {
                                if (!$Array.isArray(d.resourceMetrics))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.resourceMetrics: array expected");
                                m.resourceMetrics = $Array(d.resourceMetrics.length);
                                for (var i = 0; i < d.resourceMetrics.length; ++i) {
                                    if (!$util.isObject(d.resourceMetrics[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.resourceMetrics: object expected");
                                    m.resourceMetrics[i] = $root.opentelemetry.proto.metrics.v1.ResourceMetrics.fromObject(d.resourceMetrics[i], q + 1);
                                }
                            }
                            return m;
                        };

                        ExportMetricsServiceRequest.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.arrays || o.defaults) {
                                d.resourceMetrics = [];
                            }
                            if (m.resourceMetrics && m.resourceMetrics.length) {
                                d.resourceMetrics = $Array(m.resourceMetrics.length);
                                for (var j = 0; j < m.resourceMetrics.length; ++j) {
                                    d.resourceMetrics[j] = $root.opentelemetry.proto.metrics.v1.ResourceMetrics.toObject(m.resourceMetrics[j], o, q + 1);
                                }
                            }
                            return d;
                        };

                        ExportMetricsServiceRequest.prototype.toJSON = function() {
                            return ExportMetricsServiceRequest.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        return ExportMetricsServiceRequest;
                    })();

                    v1.ExportMetricsServiceResponse = (function() {

                        const ExportMetricsServiceResponse = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        ExportMetricsServiceResponse.prototype.partialSuccess = null;

                        ExportMetricsServiceResponse.create = function(properties) {
                            return new ExportMetricsServiceResponse(properties);
                        };

                        ExportMetricsServiceResponse.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.partialSuccess != null && $Object.hasOwnProperty.call(m, "partialSuccess"))
                                $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.encode(m.partialSuccess, w.uint32(10).fork(), q + 1).ldelim();
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        ExportMetricsServiceResponse.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 2)
                                            break;
                                        m.partialSuccess = $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.decode(r, r.size(), $undefined, q + 1, m.partialSuccess);
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        ExportMetricsServiceResponse.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse();
                            if (d.partialSuccess != null) {
                                if (!$util.isObject(d.partialSuccess))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.partialSuccess: object expected");
                                m.partialSuccess = $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.fromObject(d.partialSuccess, q + 1);
                            }
                            return m;
                        };

                        ExportMetricsServiceResponse.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.defaults) {
                                d.partialSuccess = null;
                            }
                            if (m.partialSuccess != null && $Object.hasOwnProperty.call(m, "partialSuccess")) {
                                d.partialSuccess = $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.toObject(m.partialSuccess, o, q + 1);
                            }
                            return d;
                        };

                        ExportMetricsServiceResponse.prototype.toJSON = function() {
                            return ExportMetricsServiceResponse.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        return ExportMetricsServiceResponse;
                    })();

                    v1.ExportMetricsPartialSuccess = (function() {

                        const ExportMetricsPartialSuccess = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        ExportMetricsPartialSuccess.prototype.rejectedDataPoints = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                        ExportMetricsPartialSuccess.prototype.errorMessage = "";

                        ExportMetricsPartialSuccess.create = function(properties) {
                            return new ExportMetricsPartialSuccess(properties);
                        };

                        ExportMetricsPartialSuccess.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.rejectedDataPoints != null && $Object.hasOwnProperty.call(m, "rejectedDataPoints") && (typeof m.rejectedDataPoints === "object" ? m.rejectedDataPoints.low || m.rejectedDataPoints.high : m.rejectedDataPoints !== 0))
                                w.uint32(8).int64(m.rejectedDataPoints);
                            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage") && m.errorMessage !== "")
                                w.uint32(18).string(m.errorMessage);
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        ExportMetricsPartialSuccess.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 0)
                                            break;
                                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                            m.rejectedDataPoints = v;
                                        else
                                            delete m.rejectedDataPoints;
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 2)
                                            break;
                                        if ((v = r.stringVerify()).length)
                                            m.errorMessage = v;
                                        else
                                            delete m.errorMessage;
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        ExportMetricsPartialSuccess.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess();
                            if (d.rejectedDataPoints != null) {
                                if (typeof d.rejectedDataPoints === "object" ? d.rejectedDataPoints.low || d.rejectedDataPoints.high : $Number(d.rejectedDataPoints) !== 0) {
                                    if ($util.Long)
                                        m.rejectedDataPoints = $util.Long.fromValue(d.rejectedDataPoints, false);
                                    else if (typeof d.rejectedDataPoints === "string")
                                        m.rejectedDataPoints = $parseInt(d.rejectedDataPoints, 10);
                                    else if (typeof d.rejectedDataPoints === "number")
                                        m.rejectedDataPoints = d.rejectedDataPoints;
                                    else if (typeof d.rejectedDataPoints === "object")
                                        m.rejectedDataPoints = new $util.LongBits(d.rejectedDataPoints.low >>> 0, d.rejectedDataPoints.high >>> 0).toNumber();
                                }
                            }
                            if (d.errorMessage != null) {
                                if (typeof d.errorMessage !== "string" || d.errorMessage.length) {
                                    m.errorMessage = $String(d.errorMessage);
                                }
                            }
                            return m;
                        };

                        ExportMetricsPartialSuccess.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.defaults) {
                                if ($util.Long) {
                                    var n = new $util.Long(0, 0, false);
                                    d.rejectedDataPoints = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                                } else
                                    d.rejectedDataPoints = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                                d.errorMessage = "";
                            }
                            if (m.rejectedDataPoints != null && $Object.hasOwnProperty.call(m, "rejectedDataPoints")) {
                                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                    d.rejectedDataPoints = typeof m.rejectedDataPoints === "number" ? $BigInt(m.rejectedDataPoints) : $util.Long.fromBits(m.rejectedDataPoints.low >>> 0, m.rejectedDataPoints.high >>> 0, false).toBigInt();
                                else if (typeof m.rejectedDataPoints === "number")
                                    d.rejectedDataPoints = o.longs === $String ? $String(m.rejectedDataPoints) : m.rejectedDataPoints;
                                else
                                    d.rejectedDataPoints = o.longs === $String ? $util.Long.prototype.toString.call(m.rejectedDataPoints) : o.longs === $Number ? new $util.LongBits(m.rejectedDataPoints.low >>> 0, m.rejectedDataPoints.high >>> 0).toNumber() : m.rejectedDataPoints;
                            }
                            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                                d.errorMessage = m.errorMessage;
                            }
                            return d;
                        };

                        ExportMetricsPartialSuccess.prototype.toJSON = function() {
                            return ExportMetricsPartialSuccess.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        return ExportMetricsPartialSuccess;
                    })();

                    return v1;
                })();

                return metrics;
            })();

            return collector;
        })();

        proto.metrics = (function() {

            const metrics = {};

            metrics.v1 = (function() {

                const v1 = {};

                v1.ResourceMetrics = (function() {

                    const ResourceMetrics = function (p) {
                        this.scopeMetrics = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    ResourceMetrics.prototype.resource = null;
                    ResourceMetrics.prototype.scopeMetrics = $util.emptyArray;
                    ResourceMetrics.prototype.schemaUrl = "";

                    ResourceMetrics.create = function(properties) {
                        return new ResourceMetrics(properties);
                    };

                    ResourceMetrics.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.resource != null && $Object.hasOwnProperty.call(m, "resource"))
                            $root.opentelemetry.proto.resource.v1.Resource.encode(m.resource, w.uint32(10).fork(), q + 1).ldelim();
                        if (m.scopeMetrics != null && m.scopeMetrics.length) {
                            for (var i = 0; i < m.scopeMetrics.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.ScopeMetrics.encode(m.scopeMetrics[i], w.uint32(18).fork(), q + 1).ldelim();
                        }
                        if (m.schemaUrl != null && $Object.hasOwnProperty.call(m, "schemaUrl") && m.schemaUrl !== "")
                            w.uint32(26).string(m.schemaUrl);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    ResourceMetrics.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.ResourceMetrics();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.resource = $root.opentelemetry.proto.resource.v1.Resource.decode(r, r.size(), $undefined, q + 1, m.resource);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.scopeMetrics && m.scopeMetrics.length))
                                        m.scopeMetrics = [];
                                    m.scopeMetrics.push($root.opentelemetry.proto.metrics.v1.ScopeMetrics.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.schemaUrl = v;
                                    else
                                        delete m.schemaUrl;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    ResourceMetrics.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.metrics.v1.ResourceMetrics)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.ResourceMetrics: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.metrics.v1.ResourceMetrics();
                        if (d.resource != null) {
                            if (!$util.isObject(d.resource))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ResourceMetrics.resource: object expected");
                            m.resource = $root.opentelemetry.proto.resource.v1.Resource.fromObject(d.resource, q + 1);
                        }
                        if (d.scopeMetrics) {
                            if (!$Array.isArray(d.scopeMetrics))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ResourceMetrics.scopeMetrics: array expected");
                            m.scopeMetrics = $Array(d.scopeMetrics.length);
                            for (var i = 0; i < d.scopeMetrics.length; ++i) {
                                if (!$util.isObject(d.scopeMetrics[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.ResourceMetrics.scopeMetrics: object expected");
                                m.scopeMetrics[i] = $root.opentelemetry.proto.metrics.v1.ScopeMetrics.fromObject(d.scopeMetrics[i], q + 1);
                            }
                        }
                        if (d.schemaUrl != null) {
                            if (typeof d.schemaUrl !== "string" || d.schemaUrl.length) {
                                m.schemaUrl = $String(d.schemaUrl);
                            }
                        }
                        return m;
                    };

                    ResourceMetrics.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.scopeMetrics = [];
                        }
                        if (o.defaults) {
                            d.resource = null;
                            d.schemaUrl = "";
                        }
                        if (m.resource != null && $Object.hasOwnProperty.call(m, "resource")) {
                            d.resource = $root.opentelemetry.proto.resource.v1.Resource.toObject(m.resource, o, q + 1);
                        }
                        if (m.scopeMetrics && m.scopeMetrics.length) {
                            d.scopeMetrics = $Array(m.scopeMetrics.length);
                            for (var j = 0; j < m.scopeMetrics.length; ++j) {
                                d.scopeMetrics[j] = $root.opentelemetry.proto.metrics.v1.ScopeMetrics.toObject(m.scopeMetrics[j], o, q + 1);
                            }
                        }
                        if (m.schemaUrl != null && $Object.hasOwnProperty.call(m, "schemaUrl")) {
                            d.schemaUrl = m.schemaUrl;
                        }
                        return d;
                    };

                    ResourceMetrics.prototype.toJSON = function() {
                        return ResourceMetrics.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ResourceMetrics;
                })();

                v1.ScopeMetrics = (function() {

                    const ScopeMetrics = function (p) {
                        this.metrics = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    ScopeMetrics.prototype.scope = null;
                    ScopeMetrics.prototype.metrics = $util.emptyArray;
                    ScopeMetrics.prototype.schemaUrl = "";

                    ScopeMetrics.create = function(properties) {
                        return new ScopeMetrics(properties);
                    };

                    ScopeMetrics.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.scope != null && $Object.hasOwnProperty.call(m, "scope"))
                            $root.opentelemetry.proto.common.v1.InstrumentationScope.encode(m.scope, w.uint32(10).fork(), q + 1).ldelim();
                        if (m.metrics != null && m.metrics.length) {
                            for (var i = 0; i < m.metrics.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.Metric.encode(m.metrics[i], w.uint32(18).fork(), q + 1).ldelim();
                        }
                        if (m.schemaUrl != null && $Object.hasOwnProperty.call(m, "schemaUrl") && m.schemaUrl !== "")
                            w.uint32(26).string(m.schemaUrl);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    ScopeMetrics.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.ScopeMetrics();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.decode(r, r.size(), $undefined, q + 1, m.scope);
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.metrics && m.metrics.length))
                                        m.metrics = [];
                                    m.metrics.push($root.opentelemetry.proto.metrics.v1.Metric.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.schemaUrl = v;
                                    else
                                        delete m.schemaUrl;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    ScopeMetrics.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.metrics.v1.ScopeMetrics)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.ScopeMetrics: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.metrics.v1.ScopeMetrics();
                        if (d.scope != null) {
                            if (!$util.isObject(d.scope))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ScopeMetrics.scope: object expected");
                            m.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.fromObject(d.scope, q + 1);
                        }
                        if (d.metrics) {
                            if (!$Array.isArray(d.metrics))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ScopeMetrics.metrics: array expected");
                            m.metrics = $Array(d.metrics.length);
                            for (var i = 0; i < d.metrics.length; ++i) {
                                if (!$util.isObject(d.metrics[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.ScopeMetrics.metrics: object expected");
                                m.metrics[i] = $root.opentelemetry.proto.metrics.v1.Metric.fromObject(d.metrics[i], q + 1);
                            }
                        }
                        if (d.schemaUrl != null) {
                            if (typeof d.schemaUrl !== "string" || d.schemaUrl.length) {
                                m.schemaUrl = $String(d.schemaUrl);
                            }
                        }
                        return m;
                    };

                    ScopeMetrics.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.metrics = [];
                        }
                        if (o.defaults) {
                            d.scope = null;
                            d.schemaUrl = "";
                        }
                        if (m.scope != null && $Object.hasOwnProperty.call(m, "scope")) {
                            d.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.toObject(m.scope, o, q + 1);
                        }
                        if (m.metrics && m.metrics.length) {
                            d.metrics = $Array(m.metrics.length);
                            for (var j = 0; j < m.metrics.length; ++j) {
                                d.metrics[j] = $root.opentelemetry.proto.metrics.v1.Metric.toObject(m.metrics[j], o, q + 1);
                            }
                        }
                        if (m.schemaUrl != null && $Object.hasOwnProperty.call(m, "schemaUrl")) {
                            d.schemaUrl = m.schemaUrl;
                        }
                        return d;
                    };

                    ScopeMetrics.prototype.toJSON = function() {
                        return ScopeMetrics.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ScopeMetrics;
                })();

                v1.Metric = (function() {

                    const Metric = function (p) {
                        this.metadata = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    Metric.prototype.name = "";
                    Metric.prototype.description = "";
                    Metric.prototype.unit = "";
                    Metric.prototype.gauge = null;
                    Metric.prototype.sum = null;
                    Metric.prototype.histogram = null;
                    Metric.prototype.exponentialHistogram = null;
                    Metric.prototype.summary = null;
                    Metric.prototype.metadata = $util.emptyArray;

                    let $oneOfFields;

                    $Object.defineProperty(Metric.prototype, "data", {
                        get: $util.oneOfGetter($oneOfFields = ["gauge", "sum", "histogram", "exponentialHistogram", "summary"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    Metric.create = function(properties) {
                        return new Metric(properties);
                    };

                    Metric.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                            w.uint32(10).string(m.name);
                        if (m.description != null && $Object.hasOwnProperty.call(m, "description") && m.description !== "")
                            w.uint32(18).string(m.description);
                        if (m.unit != null && $Object.hasOwnProperty.call(m, "unit") && m.unit !== "")
                            w.uint32(26).string(m.unit);
                        if (m.gauge != null && $Object.hasOwnProperty.call(m, "gauge"))
                            $root.opentelemetry.proto.metrics.v1.Gauge.encode(m.gauge, w.uint32(42).fork(), q + 1).ldelim();
                        if (m.sum != null && $Object.hasOwnProperty.call(m, "sum"))
                            $root.opentelemetry.proto.metrics.v1.Sum.encode(m.sum, w.uint32(58).fork(), q + 1).ldelim();
                        if (m.histogram != null && $Object.hasOwnProperty.call(m, "histogram"))
                            $root.opentelemetry.proto.metrics.v1.Histogram.encode(m.histogram, w.uint32(74).fork(), q + 1).ldelim();
                        if (m.exponentialHistogram != null && $Object.hasOwnProperty.call(m, "exponentialHistogram"))
                            $root.opentelemetry.proto.metrics.v1.ExponentialHistogram.encode(m.exponentialHistogram, w.uint32(82).fork(), q + 1).ldelim();
                        if (m.summary != null && $Object.hasOwnProperty.call(m, "summary"))
                            $root.opentelemetry.proto.metrics.v1.Summary.encode(m.summary, w.uint32(90).fork(), q + 1).ldelim();
                        if (m.metadata != null && m.metadata.length) {
                            for (var i = 0; i < m.metadata.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.metadata[i], w.uint32(98).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    Metric.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.Metric();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.name = v;
                                    else
                                        delete m.name;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.description = v;
                                    else
                                        delete m.description;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.unit = v;
                                    else
                                        delete m.unit;
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    m.gauge = $root.opentelemetry.proto.metrics.v1.Gauge.decode(r, r.size(), $undefined, q + 1, m.gauge);
                                    m.data = "gauge";
                                    continue;
                                }
                            case 7: {
                                    if (u !== 2)
                                        break;
                                    m.sum = $root.opentelemetry.proto.metrics.v1.Sum.decode(r, r.size(), $undefined, q + 1, m.sum);
                                    m.data = "sum";
                                    continue;
                                }
                            case 9: {
                                    if (u !== 2)
                                        break;
                                    m.histogram = $root.opentelemetry.proto.metrics.v1.Histogram.decode(r, r.size(), $undefined, q + 1, m.histogram);
                                    m.data = "histogram";
                                    continue;
                                }
                            case 10: {
                                    if (u !== 2)
                                        break;
                                    m.exponentialHistogram = $root.opentelemetry.proto.metrics.v1.ExponentialHistogram.decode(r, r.size(), $undefined, q + 1, m.exponentialHistogram);
                                    m.data = "exponentialHistogram";
                                    continue;
                                }
                            case 11: {
                                    if (u !== 2)
                                        break;
                                    m.summary = $root.opentelemetry.proto.metrics.v1.Summary.decode(r, r.size(), $undefined, q + 1, m.summary);
                                    m.data = "summary";
                                    continue;
                                }
                            case 12: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.metadata && m.metadata.length))
                                        m.metadata = [];
                                    m.metadata.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    Metric.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.metrics.v1.Metric)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.Metric: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.metrics.v1.Metric();
                        if (d.name != null) {
                            if (typeof d.name !== "string" || d.name.length) {
                                m.name = $String(d.name);
                            }
                        }
                        if (d.description != null) {
                            if (typeof d.description !== "string" || d.description.length) {
                                m.description = $String(d.description);
                            }
                        }
                        if (d.unit != null) {
                            if (typeof d.unit !== "string" || d.unit.length) {
                                m.unit = $String(d.unit);
                            }
                        }
                        if (d.gauge != null) {
                            if (!$util.isObject(d.gauge))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Metric.gauge: object expected");
                            m.gauge = $root.opentelemetry.proto.metrics.v1.Gauge.fromObject(d.gauge, q + 1);
                        }
                        if (d.sum != null) {
                            if (!$util.isObject(d.sum))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Metric.sum: object expected");
                            m.sum = $root.opentelemetry.proto.metrics.v1.Sum.fromObject(d.sum, q + 1);
                        }
                        if (d.histogram != null) {
                            if (!$util.isObject(d.histogram))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Metric.histogram: object expected");
                            m.histogram = $root.opentelemetry.proto.metrics.v1.Histogram.fromObject(d.histogram, q + 1);
                        }
                        if (d.exponentialHistogram != null) {
                            if (!$util.isObject(d.exponentialHistogram))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Metric.exponentialHistogram: object expected");
                            m.exponentialHistogram = $root.opentelemetry.proto.metrics.v1.ExponentialHistogram.fromObject(d.exponentialHistogram, q + 1);
                        }
                        if (d.summary != null) {
                            if (!$util.isObject(d.summary))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Metric.summary: object expected");
                            m.summary = $root.opentelemetry.proto.metrics.v1.Summary.fromObject(d.summary, q + 1);
                        }
                        if (d.metadata) {
                            if (!$Array.isArray(d.metadata))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Metric.metadata: array expected");
                            m.metadata = $Array(d.metadata.length);
                            for (var i = 0; i < d.metadata.length; ++i) {
                                if (!$util.isObject(d.metadata[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.Metric.metadata: object expected");
                                m.metadata[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.metadata[i], q + 1);
                            }
                        }
                        return m;
                    };

                    Metric.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.metadata = [];
                        }
                        if (o.defaults) {
                            d.name = "";
                            d.description = "";
                            d.unit = "";
                        }
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                            d.name = m.name;
                        }
                        if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                            d.description = m.description;
                        }
                        if (m.unit != null && $Object.hasOwnProperty.call(m, "unit")) {
                            d.unit = m.unit;
                        }
                        if (m.gauge != null && $Object.hasOwnProperty.call(m, "gauge")) {
                            d.gauge = $root.opentelemetry.proto.metrics.v1.Gauge.toObject(m.gauge, o, q + 1);
                            if (o.oneofs)
                                d.data = "gauge";
                        }
                        if (m.sum != null && $Object.hasOwnProperty.call(m, "sum")) {
                            d.sum = $root.opentelemetry.proto.metrics.v1.Sum.toObject(m.sum, o, q + 1);
                            if (o.oneofs)
                                d.data = "sum";
                        }
                        if (m.histogram != null && $Object.hasOwnProperty.call(m, "histogram")) {
                            d.histogram = $root.opentelemetry.proto.metrics.v1.Histogram.toObject(m.histogram, o, q + 1);
                            if (o.oneofs)
                                d.data = "histogram";
                        }
                        if (m.exponentialHistogram != null && $Object.hasOwnProperty.call(m, "exponentialHistogram")) {
                            d.exponentialHistogram = $root.opentelemetry.proto.metrics.v1.ExponentialHistogram.toObject(m.exponentialHistogram, o, q + 1);
                            if (o.oneofs)
                                d.data = "exponentialHistogram";
                        }
                        if (m.summary != null && $Object.hasOwnProperty.call(m, "summary")) {
                            d.summary = $root.opentelemetry.proto.metrics.v1.Summary.toObject(m.summary, o, q + 1);
                            if (o.oneofs)
                                d.data = "summary";
                        }
                        if (m.metadata && m.metadata.length) {
                            d.metadata = $Array(m.metadata.length);
                            for (var j = 0; j < m.metadata.length; ++j) {
                                d.metadata[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.metadata[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    Metric.prototype.toJSON = function() {
                        return Metric.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Metric;
                })();

                v1.Gauge = (function() {

                    const Gauge = function (p) {
                        this.dataPoints = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    Gauge.prototype.dataPoints = $util.emptyArray;

                    Gauge.create = function(properties) {
                        return new Gauge(properties);
                    };

                    Gauge.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.dataPoints != null && m.dataPoints.length) {
                            for (var i = 0; i < m.dataPoints.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.NumberDataPoint.encode(m.dataPoints[i], w.uint32(10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    Gauge.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.Gauge();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.dataPoints && m.dataPoints.length))
                                        m.dataPoints = [];
                                    m.dataPoints.push($root.opentelemetry.proto.metrics.v1.NumberDataPoint.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    Gauge.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.metrics.v1.Gauge)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.Gauge: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.metrics.v1.Gauge();
                        if (d.dataPoints) {
                            if (!$Array.isArray(d.dataPoints))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Gauge.dataPoints: array expected");
                            m.dataPoints = $Array(d.dataPoints.length);
                            for (var i = 0; i < d.dataPoints.length; ++i) {
                                if (!$util.isObject(d.dataPoints[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.Gauge.dataPoints: object expected");
                                m.dataPoints[i] = $root.opentelemetry.proto.metrics.v1.NumberDataPoint.fromObject(d.dataPoints[i], q + 1);
                            }
                        }
                        return m;
                    };

                    Gauge.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.dataPoints = [];
                        }
                        if (m.dataPoints && m.dataPoints.length) {
                            d.dataPoints = $Array(m.dataPoints.length);
                            for (var j = 0; j < m.dataPoints.length; ++j) {
                                d.dataPoints[j] = $root.opentelemetry.proto.metrics.v1.NumberDataPoint.toObject(m.dataPoints[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    Gauge.prototype.toJSON = function() {
                        return Gauge.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Gauge;
                })();

                v1.Sum = (function() {

                    const Sum = function (p) {
                        this.dataPoints = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    Sum.prototype.dataPoints = $util.emptyArray;
                    Sum.prototype.aggregationTemporality = 0;
                    Sum.prototype.isMonotonic = false;

                    Sum.create = function(properties) {
                        return new Sum(properties);
                    };

                    Sum.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.dataPoints != null && m.dataPoints.length) {
                            for (var i = 0; i < m.dataPoints.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.NumberDataPoint.encode(m.dataPoints[i], w.uint32(10).fork(), q + 1).ldelim();
                        }
                        if (m.aggregationTemporality != null && $Object.hasOwnProperty.call(m, "aggregationTemporality") && m.aggregationTemporality !== 0)
                            w.uint32(16).int32(m.aggregationTemporality);
                        if (m.isMonotonic != null && $Object.hasOwnProperty.call(m, "isMonotonic") && m.isMonotonic !== false)
                            w.uint32(24).bool(m.isMonotonic);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    Sum.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.Sum();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.dataPoints && m.dataPoints.length))
                                        m.dataPoints = [];
                                    m.dataPoints.push($root.opentelemetry.proto.metrics.v1.NumberDataPoint.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.aggregationTemporality = v;
                                    else
                                        delete m.aggregationTemporality;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.bool())
                                        m.isMonotonic = v;
                                    else
                                        delete m.isMonotonic;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    Sum.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.metrics.v1.Sum)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.Sum: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.metrics.v1.Sum();
                        if (d.dataPoints) {
                            if (!$Array.isArray(d.dataPoints))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Sum.dataPoints: array expected");
                            m.dataPoints = $Array(d.dataPoints.length);
                            for (var i = 0; i < d.dataPoints.length; ++i) {
                                if (!$util.isObject(d.dataPoints[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.Sum.dataPoints: object expected");
                                m.dataPoints[i] = $root.opentelemetry.proto.metrics.v1.NumberDataPoint.fromObject(d.dataPoints[i], q + 1);
                            }
                        }
                        if (d.aggregationTemporality !== 0 && (typeof d.aggregationTemporality !== "string" || $root.opentelemetry.proto.metrics.v1.AggregationTemporality[d.aggregationTemporality] !== 0)) {
                            switch (d.aggregationTemporality) {
                            case "AGGREGATION_TEMPORALITY_UNSPECIFIED":
                            case 0:
                                m.aggregationTemporality = 0;
                                break;
                            case "AGGREGATION_TEMPORALITY_DELTA":
                            case 1:
                                m.aggregationTemporality = 1;
                                break;
                            case "AGGREGATION_TEMPORALITY_CUMULATIVE":
                            case 2:
                                m.aggregationTemporality = 2;
                                break;
                            default:
                                if (typeof d.aggregationTemporality === "number" && (d.aggregationTemporality | 0) === d.aggregationTemporality)
                                    m.aggregationTemporality = d.aggregationTemporality;
                            }
                        }
                        if (d.isMonotonic != null) {
                            if (d.isMonotonic) {
                                m.isMonotonic = $Boolean(d.isMonotonic);
                            }
                        }
                        return m;
                    };

                    Sum.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.dataPoints = [];
                        }
                        if (o.defaults) {
                            d.aggregationTemporality = o.enums === $String ? "AGGREGATION_TEMPORALITY_UNSPECIFIED" : 0;
                            d.isMonotonic = false;
                        }
                        if (m.dataPoints && m.dataPoints.length) {
                            d.dataPoints = $Array(m.dataPoints.length);
                            for (var j = 0; j < m.dataPoints.length; ++j) {
                                d.dataPoints[j] = $root.opentelemetry.proto.metrics.v1.NumberDataPoint.toObject(m.dataPoints[j], o, q + 1);
                            }
                        }
                        if (m.aggregationTemporality != null && $Object.hasOwnProperty.call(m, "aggregationTemporality")) {
                            d.aggregationTemporality = o.enums === $String ? $root.opentelemetry.proto.metrics.v1.AggregationTemporality[m.aggregationTemporality] === $undefined ? m.aggregationTemporality : $root.opentelemetry.proto.metrics.v1.AggregationTemporality[m.aggregationTemporality] : m.aggregationTemporality;
                        }
                        if (m.isMonotonic != null && $Object.hasOwnProperty.call(m, "isMonotonic")) {
                            d.isMonotonic = m.isMonotonic;
                        }
                        return d;
                    };

                    Sum.prototype.toJSON = function() {
                        return Sum.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Sum;
                })();

                v1.Histogram = (function() {

                    const Histogram = function (p) {
                        this.dataPoints = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    Histogram.prototype.dataPoints = $util.emptyArray;
                    Histogram.prototype.aggregationTemporality = 0;

                    Histogram.create = function(properties) {
                        return new Histogram(properties);
                    };

                    Histogram.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.dataPoints != null && m.dataPoints.length) {
                            for (var i = 0; i < m.dataPoints.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.HistogramDataPoint.encode(m.dataPoints[i], w.uint32(10).fork(), q + 1).ldelim();
                        }
                        if (m.aggregationTemporality != null && $Object.hasOwnProperty.call(m, "aggregationTemporality") && m.aggregationTemporality !== 0)
                            w.uint32(16).int32(m.aggregationTemporality);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    Histogram.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.Histogram();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.dataPoints && m.dataPoints.length))
                                        m.dataPoints = [];
                                    m.dataPoints.push($root.opentelemetry.proto.metrics.v1.HistogramDataPoint.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.aggregationTemporality = v;
                                    else
                                        delete m.aggregationTemporality;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    Histogram.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.metrics.v1.Histogram)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.Histogram: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.metrics.v1.Histogram();
                        if (d.dataPoints) {
                            if (!$Array.isArray(d.dataPoints))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Histogram.dataPoints: array expected");
                            m.dataPoints = $Array(d.dataPoints.length);
                            for (var i = 0; i < d.dataPoints.length; ++i) {
                                if (!$util.isObject(d.dataPoints[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.Histogram.dataPoints: object expected");
                                m.dataPoints[i] = $root.opentelemetry.proto.metrics.v1.HistogramDataPoint.fromObject(d.dataPoints[i], q + 1);
                            }
                        }
                        if (d.aggregationTemporality !== 0 && (typeof d.aggregationTemporality !== "string" || $root.opentelemetry.proto.metrics.v1.AggregationTemporality[d.aggregationTemporality] !== 0)) {
                            switch (d.aggregationTemporality) {
                            case "AGGREGATION_TEMPORALITY_UNSPECIFIED":
                            case 0:
                                m.aggregationTemporality = 0;
                                break;
                            case "AGGREGATION_TEMPORALITY_DELTA":
                            case 1:
                                m.aggregationTemporality = 1;
                                break;
                            case "AGGREGATION_TEMPORALITY_CUMULATIVE":
                            case 2:
                                m.aggregationTemporality = 2;
                                break;
                            default:
                                if (typeof d.aggregationTemporality === "number" && (d.aggregationTemporality | 0) === d.aggregationTemporality)
                                    m.aggregationTemporality = d.aggregationTemporality;
                            }
                        }
                        return m;
                    };

                    Histogram.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.dataPoints = [];
                        }
                        if (o.defaults) {
                            d.aggregationTemporality = o.enums === $String ? "AGGREGATION_TEMPORALITY_UNSPECIFIED" : 0;
                        }
                        if (m.dataPoints && m.dataPoints.length) {
                            d.dataPoints = $Array(m.dataPoints.length);
                            for (var j = 0; j < m.dataPoints.length; ++j) {
                                d.dataPoints[j] = $root.opentelemetry.proto.metrics.v1.HistogramDataPoint.toObject(m.dataPoints[j], o, q + 1);
                            }
                        }
                        if (m.aggregationTemporality != null && $Object.hasOwnProperty.call(m, "aggregationTemporality")) {
                            d.aggregationTemporality = o.enums === $String ? $root.opentelemetry.proto.metrics.v1.AggregationTemporality[m.aggregationTemporality] === $undefined ? m.aggregationTemporality : $root.opentelemetry.proto.metrics.v1.AggregationTemporality[m.aggregationTemporality] : m.aggregationTemporality;
                        }
                        return d;
                    };

                    Histogram.prototype.toJSON = function() {
                        return Histogram.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Histogram;
                })();

                v1.ExponentialHistogram = (function() {

                    const ExponentialHistogram = function (p) {
                        this.dataPoints = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    ExponentialHistogram.prototype.dataPoints = $util.emptyArray;
                    ExponentialHistogram.prototype.aggregationTemporality = 0;

                    ExponentialHistogram.create = function(properties) {
                        return new ExponentialHistogram(properties);
                    };

                    ExponentialHistogram.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.dataPoints != null && m.dataPoints.length) {
                            for (var i = 0; i < m.dataPoints.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.encode(m.dataPoints[i], w.uint32(10).fork(), q + 1).ldelim();
                        }
                        if (m.aggregationTemporality != null && $Object.hasOwnProperty.call(m, "aggregationTemporality") && m.aggregationTemporality !== 0)
                            w.uint32(16).int32(m.aggregationTemporality);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    ExponentialHistogram.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.ExponentialHistogram();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.dataPoints && m.dataPoints.length))
                                        m.dataPoints = [];
                                    m.dataPoints.push($root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.int32())
                                        m.aggregationTemporality = v;
                                    else
                                        delete m.aggregationTemporality;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    ExponentialHistogram.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.metrics.v1.ExponentialHistogram)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogram: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.metrics.v1.ExponentialHistogram();
                        if (d.dataPoints) {
                            if (!$Array.isArray(d.dataPoints))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogram.dataPoints: array expected");
                            m.dataPoints = $Array(d.dataPoints.length);
                            for (var i = 0; i < d.dataPoints.length; ++i) {
                                if (!$util.isObject(d.dataPoints[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogram.dataPoints: object expected");
                                m.dataPoints[i] = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.fromObject(d.dataPoints[i], q + 1);
                            }
                        }
                        if (d.aggregationTemporality !== 0 && (typeof d.aggregationTemporality !== "string" || $root.opentelemetry.proto.metrics.v1.AggregationTemporality[d.aggregationTemporality] !== 0)) {
                            switch (d.aggregationTemporality) {
                            case "AGGREGATION_TEMPORALITY_UNSPECIFIED":
                            case 0:
                                m.aggregationTemporality = 0;
                                break;
                            case "AGGREGATION_TEMPORALITY_DELTA":
                            case 1:
                                m.aggregationTemporality = 1;
                                break;
                            case "AGGREGATION_TEMPORALITY_CUMULATIVE":
                            case 2:
                                m.aggregationTemporality = 2;
                                break;
                            default:
                                if (typeof d.aggregationTemporality === "number" && (d.aggregationTemporality | 0) === d.aggregationTemporality)
                                    m.aggregationTemporality = d.aggregationTemporality;
                            }
                        }
                        return m;
                    };

                    ExponentialHistogram.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.dataPoints = [];
                        }
                        if (o.defaults) {
                            d.aggregationTemporality = o.enums === $String ? "AGGREGATION_TEMPORALITY_UNSPECIFIED" : 0;
                        }
                        if (m.dataPoints && m.dataPoints.length) {
                            d.dataPoints = $Array(m.dataPoints.length);
                            for (var j = 0; j < m.dataPoints.length; ++j) {
                                d.dataPoints[j] = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.toObject(m.dataPoints[j], o, q + 1);
                            }
                        }
                        if (m.aggregationTemporality != null && $Object.hasOwnProperty.call(m, "aggregationTemporality")) {
                            d.aggregationTemporality = o.enums === $String ? $root.opentelemetry.proto.metrics.v1.AggregationTemporality[m.aggregationTemporality] === $undefined ? m.aggregationTemporality : $root.opentelemetry.proto.metrics.v1.AggregationTemporality[m.aggregationTemporality] : m.aggregationTemporality;
                        }
                        return d;
                    };

                    ExponentialHistogram.prototype.toJSON = function() {
                        return ExponentialHistogram.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ExponentialHistogram;
                })();

                v1.Summary = (function() {

                    const Summary = function (p) {
                        this.dataPoints = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    Summary.prototype.dataPoints = $util.emptyArray;

                    Summary.create = function(properties) {
                        return new Summary(properties);
                    };

                    Summary.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.dataPoints != null && m.dataPoints.length) {
                            for (var i = 0; i < m.dataPoints.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.encode(m.dataPoints[i], w.uint32(10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    Summary.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.Summary();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.dataPoints && m.dataPoints.length))
                                        m.dataPoints = [];
                                    m.dataPoints.push($root.opentelemetry.proto.metrics.v1.SummaryDataPoint.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    Summary.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.metrics.v1.Summary)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.Summary: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.metrics.v1.Summary();
                        if (d.dataPoints) {
                            if (!$Array.isArray(d.dataPoints))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Summary.dataPoints: array expected");
                            m.dataPoints = $Array(d.dataPoints.length);
                            for (var i = 0; i < d.dataPoints.length; ++i) {
                                if (!$util.isObject(d.dataPoints[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.Summary.dataPoints: object expected");
                                m.dataPoints[i] = $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.fromObject(d.dataPoints[i], q + 1);
                            }
                        }
                        return m;
                    };

                    Summary.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.dataPoints = [];
                        }
                        if (m.dataPoints && m.dataPoints.length) {
                            d.dataPoints = $Array(m.dataPoints.length);
                            for (var j = 0; j < m.dataPoints.length; ++j) {
                                d.dataPoints[j] = $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.toObject(m.dataPoints[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    Summary.prototype.toJSON = function() {
                        return Summary.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Summary;
                })();

                v1.AggregationTemporality = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "AGGREGATION_TEMPORALITY_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "AGGREGATION_TEMPORALITY_DELTA"] = 1;
                    values[valuesById[2] = "AGGREGATION_TEMPORALITY_CUMULATIVE"] = 2;
                    return values;
                })();

                v1.DataPointFlags = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "DATA_POINT_FLAGS_DO_NOT_USE"] = 0;
                    values[valuesById[1] = "DATA_POINT_FLAGS_NO_RECORDED_VALUE_MASK"] = 1;
                    return values;
                })();

                v1.NumberDataPoint = (function() {

                    const NumberDataPoint = function (p) {
                        this.attributes = [];
                        this.exemplars = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    NumberDataPoint.prototype.attributes = $util.emptyArray;
                    NumberDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    NumberDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    NumberDataPoint.prototype.asDouble = null;
                    NumberDataPoint.prototype.asInt = null;
                    NumberDataPoint.prototype.exemplars = $util.emptyArray;
                    NumberDataPoint.prototype.flags = 0;

                    let $oneOfFields;

                    $Object.defineProperty(NumberDataPoint.prototype, "value", {
                        get: $util.oneOfGetter($oneOfFields = ["asDouble", "asInt"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    NumberDataPoint.create = function(properties) {
                        return new NumberDataPoint(properties);
                    };

                    NumberDataPoint.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano") && (typeof m.startTimeUnixNano === "object" ? m.startTimeUnixNano.low || m.startTimeUnixNano.high : m.startTimeUnixNano !== 0))
                            w.uint32(17).fixed64(m.startTimeUnixNano);
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano") && (typeof m.timeUnixNano === "object" ? m.timeUnixNano.low || m.timeUnixNano.high : m.timeUnixNano !== 0))
                            w.uint32(25).fixed64(m.timeUnixNano);
                        if (m.asDouble != null && $Object.hasOwnProperty.call(m, "asDouble"))
                            w.uint32(33).double(m.asDouble);
                        if (m.exemplars != null && m.exemplars.length) {
                            for (var i = 0; i < m.exemplars.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.Exemplar.encode(m.exemplars[i], w.uint32(42).fork(), q + 1).ldelim();
                        }
                        if (m.asInt != null && $Object.hasOwnProperty.call(m, "asInt"))
                            w.uint32(49).sfixed64(m.asInt);
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(58).fork(), q + 1).ldelim();
                        }
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                            w.uint32(64).uint32(m.flags);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    NumberDataPoint.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.NumberDataPoint();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 7: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.startTimeUnixNano = v;
                                    else
                                        delete m.startTimeUnixNano;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.timeUnixNano = v;
                                    else
                                        delete m.timeUnixNano;
                                    continue;
                                }
                            case 4: {
                                    if (u !== 1)
                                        break;
                                    m.asDouble = r.double();
                                    m.value = "asDouble";
                                    continue;
                                }
                            case 6: {
                                    if (u !== 1)
                                        break;
                                    m.asInt = r.sfixed64();
                                    m.value = "asInt";
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.exemplars && m.exemplars.length))
                                        m.exemplars = [];
                                    m.exemplars.push($root.opentelemetry.proto.metrics.v1.Exemplar.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 8: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.flags = v;
                                    else
                                        delete m.flags;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    NumberDataPoint.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.metrics.v1.NumberDataPoint)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.NumberDataPoint: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.metrics.v1.NumberDataPoint();
                        if (d.attributes) {
                            if (!$Array.isArray(d.attributes))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.NumberDataPoint.attributes: array expected");
                            m.attributes = $Array(d.attributes.length);
                            for (var i = 0; i < d.attributes.length; ++i) {
                                if (!$util.isObject(d.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.NumberDataPoint.attributes: object expected");
                                m.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                            }
                        }
                        if (d.startTimeUnixNano != null) {
                            if (typeof d.startTimeUnixNano === "object" ? d.startTimeUnixNano.low || d.startTimeUnixNano.high : $Number(d.startTimeUnixNano) !== 0) {
                                if ($util.Long)
                                    m.startTimeUnixNano = $util.Long.fromValue(d.startTimeUnixNano, true);
                                else if (typeof d.startTimeUnixNano === "string")
                                    m.startTimeUnixNano = $parseInt(d.startTimeUnixNano, 10);
                                else if (typeof d.startTimeUnixNano === "number")
                                    m.startTimeUnixNano = d.startTimeUnixNano;
                                else if (typeof d.startTimeUnixNano === "object")
                                    m.startTimeUnixNano = new $util.LongBits(d.startTimeUnixNano.low >>> 0, d.startTimeUnixNano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.timeUnixNano != null) {
                            if (typeof d.timeUnixNano === "object" ? d.timeUnixNano.low || d.timeUnixNano.high : $Number(d.timeUnixNano) !== 0) {
                                if ($util.Long)
                                    m.timeUnixNano = $util.Long.fromValue(d.timeUnixNano, true);
                                else if (typeof d.timeUnixNano === "string")
                                    m.timeUnixNano = $parseInt(d.timeUnixNano, 10);
                                else if (typeof d.timeUnixNano === "number")
                                    m.timeUnixNano = d.timeUnixNano;
                                else if (typeof d.timeUnixNano === "object")
                                    m.timeUnixNano = new $util.LongBits(d.timeUnixNano.low >>> 0, d.timeUnixNano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.asDouble != null) {
                            m.asDouble = $Number(d.asDouble);
                        }
                        if (d.asInt != null) {
                            if ($util.Long)
                                m.asInt = $util.Long.fromValue(d.asInt, false);
                            else if (typeof d.asInt === "string")
                                m.asInt = $parseInt(d.asInt, 10);
                            else if (typeof d.asInt === "number")
                                m.asInt = d.asInt;
                            else if (typeof d.asInt === "object")
                                m.asInt = new $util.LongBits(d.asInt.low >>> 0, d.asInt.high >>> 0).toNumber();
                        }
                        if (d.exemplars) {
                            if (!$Array.isArray(d.exemplars))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.NumberDataPoint.exemplars: array expected");
                            m.exemplars = $Array(d.exemplars.length);
                            for (var i = 0; i < d.exemplars.length; ++i) {
                                if (!$util.isObject(d.exemplars[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.NumberDataPoint.exemplars: object expected");
                                m.exemplars[i] = $root.opentelemetry.proto.metrics.v1.Exemplar.fromObject(d.exemplars[i], q + 1);
                            }
                        }
                        if (d.flags != null) {
                            if ($Number(d.flags) !== 0) {
                                m.flags = d.flags >>> 0;
                            }
                        }
                        return m;
                    };

                    NumberDataPoint.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.exemplars = [];
                            d.attributes = [];
                        }
                        if (o.defaults) {
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.startTimeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.startTimeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.timeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.timeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            d.flags = 0;
                        }
                        if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.startTimeUnixNano = typeof m.startTimeUnixNano === "number" ? $BigInt(m.startTimeUnixNano) : $util.Long.fromBits(m.startTimeUnixNano.low >>> 0, m.startTimeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof m.startTimeUnixNano === "number")
                                d.startTimeUnixNano = o.longs === $String ? $String(m.startTimeUnixNano) : m.startTimeUnixNano;
                            else
                                d.startTimeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.startTimeUnixNano) : o.longs === $Number ? new $util.LongBits(m.startTimeUnixNano.low >>> 0, m.startTimeUnixNano.high >>> 0).toNumber(true) : m.startTimeUnixNano;
                        }
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.timeUnixNano = typeof m.timeUnixNano === "number" ? $BigInt(m.timeUnixNano) : $util.Long.fromBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof m.timeUnixNano === "number")
                                d.timeUnixNano = o.longs === $String ? $String(m.timeUnixNano) : m.timeUnixNano;
                            else
                                d.timeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.timeUnixNano) : o.longs === $Number ? new $util.LongBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0).toNumber(true) : m.timeUnixNano;
                        }
                        if (m.asDouble != null && $Object.hasOwnProperty.call(m, "asDouble")) {
                            d.asDouble = o.json && !$isFinite(m.asDouble) ? $String(m.asDouble) : m.asDouble;
                            if (o.oneofs)
                                d.value = "asDouble";
                        }
                        if (m.exemplars && m.exemplars.length) {
                            d.exemplars = $Array(m.exemplars.length);
                            for (var j = 0; j < m.exemplars.length; ++j) {
                                d.exemplars[j] = $root.opentelemetry.proto.metrics.v1.Exemplar.toObject(m.exemplars[j], o, q + 1);
                            }
                        }
                        if (m.asInt != null && $Object.hasOwnProperty.call(m, "asInt")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.asInt = typeof m.asInt === "number" ? $BigInt(m.asInt) : $util.Long.fromBits(m.asInt.low >>> 0, m.asInt.high >>> 0, false).toBigInt();
                            else if (typeof m.asInt === "number")
                                d.asInt = o.longs === $String ? $String(m.asInt) : m.asInt;
                            else
                                d.asInt = o.longs === $String ? $util.Long.prototype.toString.call(m.asInt) : o.longs === $Number ? new $util.LongBits(m.asInt.low >>> 0, m.asInt.high >>> 0).toNumber() : m.asInt;
                            if (o.oneofs)
                                d.value = "asInt";
                        }
                        if (m.attributes && m.attributes.length) {
                            d.attributes = $Array(m.attributes.length);
                            for (var j = 0; j < m.attributes.length; ++j) {
                                d.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                            }
                        }
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                            d.flags = m.flags;
                        }
                        return d;
                    };

                    NumberDataPoint.prototype.toJSON = function() {
                        return NumberDataPoint.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return NumberDataPoint;
                })();

                v1.HistogramDataPoint = (function() {

                    const HistogramDataPoint = function (p) {
                        this.attributes = [];
                        this.bucketCounts = [];
                        this.explicitBounds = [];
                        this.exemplars = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    HistogramDataPoint.prototype.attributes = $util.emptyArray;
                    HistogramDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    HistogramDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    HistogramDataPoint.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    HistogramDataPoint.prototype.sum = null;
                    HistogramDataPoint.prototype.bucketCounts = $util.emptyArray;
                    HistogramDataPoint.prototype.explicitBounds = $util.emptyArray;
                    HistogramDataPoint.prototype.exemplars = $util.emptyArray;
                    HistogramDataPoint.prototype.flags = 0;
                    HistogramDataPoint.prototype.min = null;
                    HistogramDataPoint.prototype.max = null;

                    let $oneOfFields;

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(HistogramDataPoint.prototype, "_sum", {
                        get: $util.oneOfGetter($oneOfFields = ["sum"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(HistogramDataPoint.prototype, "_min", {
                        get: $util.oneOfGetter($oneOfFields = ["min"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(HistogramDataPoint.prototype, "_max", {
                        get: $util.oneOfGetter($oneOfFields = ["max"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    HistogramDataPoint.create = function(properties) {
                        return new HistogramDataPoint(properties);
                    };

                    HistogramDataPoint.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano") && (typeof m.startTimeUnixNano === "object" ? m.startTimeUnixNano.low || m.startTimeUnixNano.high : m.startTimeUnixNano !== 0))
                            w.uint32(17).fixed64(m.startTimeUnixNano);
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano") && (typeof m.timeUnixNano === "object" ? m.timeUnixNano.low || m.timeUnixNano.high : m.timeUnixNano !== 0))
                            w.uint32(25).fixed64(m.timeUnixNano);
                        if (m.count != null && $Object.hasOwnProperty.call(m, "count") && (typeof m.count === "object" ? m.count.low || m.count.high : m.count !== 0))
                            w.uint32(33).fixed64(m.count);
                        if (m.sum != null && $Object.hasOwnProperty.call(m, "sum"))
                            w.uint32(41).double(m.sum);
                        if (m.bucketCounts != null && m.bucketCounts.length) {
                            w.uint32(50).fixed64s(m.bucketCounts);
                        }
                        if (m.explicitBounds != null && m.explicitBounds.length) {
                            w.uint32(58).doubles(m.explicitBounds);
                        }
                        if (m.exemplars != null && m.exemplars.length) {
                            for (var i = 0; i < m.exemplars.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.Exemplar.encode(m.exemplars[i], w.uint32(66).fork(), q + 1).ldelim();
                        }
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(74).fork(), q + 1).ldelim();
                        }
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                            w.uint32(80).uint32(m.flags);
                        if (m.min != null && $Object.hasOwnProperty.call(m, "min"))
                            w.uint32(89).double(m.min);
                        if (m.max != null && $Object.hasOwnProperty.call(m, "max"))
                            w.uint32(97).double(m.max);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    HistogramDataPoint.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.HistogramDataPoint();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 9: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.startTimeUnixNano = v;
                                    else
                                        delete m.startTimeUnixNano;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.timeUnixNano = v;
                                    else
                                        delete m.timeUnixNano;
                                    continue;
                                }
                            case 4: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.count = v;
                                    else
                                        delete m.count;
                                    continue;
                                }
                            case 5: {
                                    if (u !== 1)
                                        break;
                                    m.sum = r.double();
                                    m._sum = "sum";
                                    continue;
                                }
                            case 6: {
                                    if (u === 2) {
                                        if (!(m.bucketCounts && m.bucketCounts.length))
                                            m.bucketCounts = [];
                                        r.fixed64s(m.bucketCounts);
                                        continue;
                                    }
                                    if (u !== 1)
                                        break;
                                    if (!(m.bucketCounts && m.bucketCounts.length))
                                        m.bucketCounts = [];
                                    m.bucketCounts.push(r.fixed64());
                                    continue;
                                }
                            case 7: {
                                    if (u === 2) {
                                        if (!(m.explicitBounds && m.explicitBounds.length))
                                            m.explicitBounds = [];
                                        r.doubles(m.explicitBounds);
                                        continue;
                                    }
                                    if (u !== 1)
                                        break;
                                    if (!(m.explicitBounds && m.explicitBounds.length))
                                        m.explicitBounds = [];
                                    m.explicitBounds.push(r.double());
                                    continue;
                                }
                            case 8: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.exemplars && m.exemplars.length))
                                        m.exemplars = [];
                                    m.exemplars.push($root.opentelemetry.proto.metrics.v1.Exemplar.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 10: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.flags = v;
                                    else
                                        delete m.flags;
                                    continue;
                                }
                            case 11: {
                                    if (u !== 1)
                                        break;
                                    m.min = r.double();
                                    m._min = "min";
                                    continue;
                                }
                            case 12: {
                                    if (u !== 1)
                                        break;
                                    m.max = r.double();
                                    m._max = "max";
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    HistogramDataPoint.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.metrics.v1.HistogramDataPoint)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.HistogramDataPoint: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.metrics.v1.HistogramDataPoint();
                        if (d.attributes) {
                            if (!$Array.isArray(d.attributes))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.HistogramDataPoint.attributes: array expected");
                            m.attributes = $Array(d.attributes.length);
                            for (var i = 0; i < d.attributes.length; ++i) {
                                if (!$util.isObject(d.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.HistogramDataPoint.attributes: object expected");
                                m.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                            }
                        }
                        if (d.startTimeUnixNano != null) {
                            if (typeof d.startTimeUnixNano === "object" ? d.startTimeUnixNano.low || d.startTimeUnixNano.high : $Number(d.startTimeUnixNano) !== 0) {
                                if ($util.Long)
                                    m.startTimeUnixNano = $util.Long.fromValue(d.startTimeUnixNano, true);
                                else if (typeof d.startTimeUnixNano === "string")
                                    m.startTimeUnixNano = $parseInt(d.startTimeUnixNano, 10);
                                else if (typeof d.startTimeUnixNano === "number")
                                    m.startTimeUnixNano = d.startTimeUnixNano;
                                else if (typeof d.startTimeUnixNano === "object")
                                    m.startTimeUnixNano = new $util.LongBits(d.startTimeUnixNano.low >>> 0, d.startTimeUnixNano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.timeUnixNano != null) {
                            if (typeof d.timeUnixNano === "object" ? d.timeUnixNano.low || d.timeUnixNano.high : $Number(d.timeUnixNano) !== 0) {
                                if ($util.Long)
                                    m.timeUnixNano = $util.Long.fromValue(d.timeUnixNano, true);
                                else if (typeof d.timeUnixNano === "string")
                                    m.timeUnixNano = $parseInt(d.timeUnixNano, 10);
                                else if (typeof d.timeUnixNano === "number")
                                    m.timeUnixNano = d.timeUnixNano;
                                else if (typeof d.timeUnixNano === "object")
                                    m.timeUnixNano = new $util.LongBits(d.timeUnixNano.low >>> 0, d.timeUnixNano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.count != null) {
                            if (typeof d.count === "object" ? d.count.low || d.count.high : $Number(d.count) !== 0) {
                                if ($util.Long)
                                    m.count = $util.Long.fromValue(d.count, true);
                                else if (typeof d.count === "string")
                                    m.count = $parseInt(d.count, 10);
                                else if (typeof d.count === "number")
                                    m.count = d.count;
                                else if (typeof d.count === "object")
                                    m.count = new $util.LongBits(d.count.low >>> 0, d.count.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.sum != null) {
                            m.sum = $Number(d.sum);
                        }
                        if (d.bucketCounts) {
                            if (!$Array.isArray(d.bucketCounts))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.HistogramDataPoint.bucketCounts: array expected");
                            m.bucketCounts = $Array(d.bucketCounts.length);
                            for (var i = 0; i < d.bucketCounts.length; ++i) {
                                if ($util.Long)
                                    m.bucketCounts[i] = $util.Long.fromValue(d.bucketCounts[i], true);
                                else if (typeof d.bucketCounts[i] === "string")
                                    m.bucketCounts[i] = $parseInt(d.bucketCounts[i], 10);
                                else if (typeof d.bucketCounts[i] === "number")
                                    m.bucketCounts[i] = d.bucketCounts[i];
                                else if (typeof d.bucketCounts[i] === "object")
                                    m.bucketCounts[i] = new $util.LongBits(d.bucketCounts[i].low >>> 0, d.bucketCounts[i].high >>> 0).toNumber(true);
                            }
                        }
                        if (d.explicitBounds) {
                            if (!$Array.isArray(d.explicitBounds))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.HistogramDataPoint.explicitBounds: array expected");
                            m.explicitBounds = $Array(d.explicitBounds.length);
                            for (var i = 0; i < d.explicitBounds.length; ++i) {
                                m.explicitBounds[i] = $Number(d.explicitBounds[i]);
                            }
                        }
                        if (d.exemplars) {
                            if (!$Array.isArray(d.exemplars))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.HistogramDataPoint.exemplars: array expected");
                            m.exemplars = $Array(d.exemplars.length);
                            for (var i = 0; i < d.exemplars.length; ++i) {
                                if (!$util.isObject(d.exemplars[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.HistogramDataPoint.exemplars: object expected");
                                m.exemplars[i] = $root.opentelemetry.proto.metrics.v1.Exemplar.fromObject(d.exemplars[i], q + 1);
                            }
                        }
                        if (d.flags != null) {
                            if ($Number(d.flags) !== 0) {
                                m.flags = d.flags >>> 0;
                            }
                        }
                        if (d.min != null) {
                            m.min = $Number(d.min);
                        }
                        if (d.max != null) {
                            m.max = $Number(d.max);
                        }
                        return m;
                    };

                    HistogramDataPoint.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.bucketCounts = [];
                            d.explicitBounds = [];
                            d.exemplars = [];
                            d.attributes = [];
                        }
                        if (o.defaults) {
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.startTimeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.startTimeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.timeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.timeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.count = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.count = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            d.flags = 0;
                        }
                        if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.startTimeUnixNano = typeof m.startTimeUnixNano === "number" ? $BigInt(m.startTimeUnixNano) : $util.Long.fromBits(m.startTimeUnixNano.low >>> 0, m.startTimeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof m.startTimeUnixNano === "number")
                                d.startTimeUnixNano = o.longs === $String ? $String(m.startTimeUnixNano) : m.startTimeUnixNano;
                            else
                                d.startTimeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.startTimeUnixNano) : o.longs === $Number ? new $util.LongBits(m.startTimeUnixNano.low >>> 0, m.startTimeUnixNano.high >>> 0).toNumber(true) : m.startTimeUnixNano;
                        }
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.timeUnixNano = typeof m.timeUnixNano === "number" ? $BigInt(m.timeUnixNano) : $util.Long.fromBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof m.timeUnixNano === "number")
                                d.timeUnixNano = o.longs === $String ? $String(m.timeUnixNano) : m.timeUnixNano;
                            else
                                d.timeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.timeUnixNano) : o.longs === $Number ? new $util.LongBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0).toNumber(true) : m.timeUnixNano;
                        }
                        if (m.count != null && $Object.hasOwnProperty.call(m, "count")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.count = typeof m.count === "number" ? $BigInt(m.count) : $util.Long.fromBits(m.count.low >>> 0, m.count.high >>> 0, true).toBigInt();
                            else if (typeof m.count === "number")
                                d.count = o.longs === $String ? $String(m.count) : m.count;
                            else
                                d.count = o.longs === $String ? $util.Long.prototype.toString.call(m.count) : o.longs === $Number ? new $util.LongBits(m.count.low >>> 0, m.count.high >>> 0).toNumber(true) : m.count;
                        }
                        if (m.sum != null && $Object.hasOwnProperty.call(m, "sum")) {
                            d.sum = o.json && !$isFinite(m.sum) ? $String(m.sum) : m.sum;
                        }
                        if (m.bucketCounts && m.bucketCounts.length) {
                            d.bucketCounts = $Array(m.bucketCounts.length);
                            for (var j = 0; j < m.bucketCounts.length; ++j) {
                                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                    d.bucketCounts[j] = typeof m.bucketCounts[j] === "number" ? $BigInt(m.bucketCounts[j]) : $util.Long.fromBits(m.bucketCounts[j].low >>> 0, m.bucketCounts[j].high >>> 0, true).toBigInt();
                                else if (typeof m.bucketCounts[j] === "number")
                                    d.bucketCounts[j] = o.longs === $String ? $String(m.bucketCounts[j]) : m.bucketCounts[j];
                                else
                                    d.bucketCounts[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.bucketCounts[j]) : o.longs === $Number ? new $util.LongBits(m.bucketCounts[j].low >>> 0, m.bucketCounts[j].high >>> 0).toNumber(true) : m.bucketCounts[j];
                            }
                        }
                        if (m.explicitBounds && m.explicitBounds.length) {
                            d.explicitBounds = $Array(m.explicitBounds.length);
                            for (var j = 0; j < m.explicitBounds.length; ++j) {
                                d.explicitBounds[j] = o.json && !$isFinite(m.explicitBounds[j]) ? $String(m.explicitBounds[j]) : m.explicitBounds[j];
                            }
                        }
                        if (m.exemplars && m.exemplars.length) {
                            d.exemplars = $Array(m.exemplars.length);
                            for (var j = 0; j < m.exemplars.length; ++j) {
                                d.exemplars[j] = $root.opentelemetry.proto.metrics.v1.Exemplar.toObject(m.exemplars[j], o, q + 1);
                            }
                        }
                        if (m.attributes && m.attributes.length) {
                            d.attributes = $Array(m.attributes.length);
                            for (var j = 0; j < m.attributes.length; ++j) {
                                d.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                            }
                        }
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                            d.flags = m.flags;
                        }
                        if (m.min != null && $Object.hasOwnProperty.call(m, "min")) {
                            d.min = o.json && !$isFinite(m.min) ? $String(m.min) : m.min;
                        }
                        if (m.max != null && $Object.hasOwnProperty.call(m, "max")) {
                            d.max = o.json && !$isFinite(m.max) ? $String(m.max) : m.max;
                        }
                        return d;
                    };

                    HistogramDataPoint.prototype.toJSON = function() {
                        return HistogramDataPoint.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return HistogramDataPoint;
                })();

                v1.ExponentialHistogramDataPoint = (function() {

                    const ExponentialHistogramDataPoint = function (p) {
                        this.attributes = [];
                        this.exemplars = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    ExponentialHistogramDataPoint.prototype.attributes = $util.emptyArray;
                    ExponentialHistogramDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    ExponentialHistogramDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    ExponentialHistogramDataPoint.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    ExponentialHistogramDataPoint.prototype.sum = null;
                    ExponentialHistogramDataPoint.prototype.scale = 0;
                    ExponentialHistogramDataPoint.prototype.zeroCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    ExponentialHistogramDataPoint.prototype.positive = null;
                    ExponentialHistogramDataPoint.prototype.negative = null;
                    ExponentialHistogramDataPoint.prototype.flags = 0;
                    ExponentialHistogramDataPoint.prototype.exemplars = $util.emptyArray;
                    ExponentialHistogramDataPoint.prototype.min = null;
                    ExponentialHistogramDataPoint.prototype.max = null;
                    ExponentialHistogramDataPoint.prototype.zeroThreshold = 0;

                    let $oneOfFields;

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(ExponentialHistogramDataPoint.prototype, "_sum", {
                        get: $util.oneOfGetter($oneOfFields = ["sum"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(ExponentialHistogramDataPoint.prototype, "_min", {
                        get: $util.oneOfGetter($oneOfFields = ["min"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(ExponentialHistogramDataPoint.prototype, "_max", {
                        get: $util.oneOfGetter($oneOfFields = ["max"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    ExponentialHistogramDataPoint.create = function(properties) {
                        return new ExponentialHistogramDataPoint(properties);
                    };

                    ExponentialHistogramDataPoint.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(10).fork(), q + 1).ldelim();
                        }
                        if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano") && (typeof m.startTimeUnixNano === "object" ? m.startTimeUnixNano.low || m.startTimeUnixNano.high : m.startTimeUnixNano !== 0))
                            w.uint32(17).fixed64(m.startTimeUnixNano);
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano") && (typeof m.timeUnixNano === "object" ? m.timeUnixNano.low || m.timeUnixNano.high : m.timeUnixNano !== 0))
                            w.uint32(25).fixed64(m.timeUnixNano);
                        if (m.count != null && $Object.hasOwnProperty.call(m, "count") && (typeof m.count === "object" ? m.count.low || m.count.high : m.count !== 0))
                            w.uint32(33).fixed64(m.count);
                        if (m.sum != null && $Object.hasOwnProperty.call(m, "sum"))
                            w.uint32(41).double(m.sum);
                        if (m.scale != null && $Object.hasOwnProperty.call(m, "scale") && m.scale !== 0)
                            w.uint32(48).sint32(m.scale);
                        if (m.zeroCount != null && $Object.hasOwnProperty.call(m, "zeroCount") && (typeof m.zeroCount === "object" ? m.zeroCount.low || m.zeroCount.high : m.zeroCount !== 0))
                            w.uint32(57).fixed64(m.zeroCount);
                        if (m.positive != null && $Object.hasOwnProperty.call(m, "positive"))
                            $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.encode(m.positive, w.uint32(66).fork(), q + 1).ldelim();
                        if (m.negative != null && $Object.hasOwnProperty.call(m, "negative"))
                            $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.encode(m.negative, w.uint32(74).fork(), q + 1).ldelim();
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                            w.uint32(80).uint32(m.flags);
                        if (m.exemplars != null && m.exemplars.length) {
                            for (var i = 0; i < m.exemplars.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.Exemplar.encode(m.exemplars[i], w.uint32(90).fork(), q + 1).ldelim();
                        }
                        if (m.min != null && $Object.hasOwnProperty.call(m, "min"))
                            w.uint32(97).double(m.min);
                        if (m.max != null && $Object.hasOwnProperty.call(m, "max"))
                            w.uint32(105).double(m.max);
                        if (m.zeroThreshold != null && $Object.hasOwnProperty.call(m, "zeroThreshold") && !$Object.is(m.zeroThreshold, 0))
                            w.uint32(113).double(m.zeroThreshold);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    ExponentialHistogramDataPoint.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.startTimeUnixNano = v;
                                    else
                                        delete m.startTimeUnixNano;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.timeUnixNano = v;
                                    else
                                        delete m.timeUnixNano;
                                    continue;
                                }
                            case 4: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.count = v;
                                    else
                                        delete m.count;
                                    continue;
                                }
                            case 5: {
                                    if (u !== 1)
                                        break;
                                    m.sum = r.double();
                                    m._sum = "sum";
                                    continue;
                                }
                            case 6: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.sint32())
                                        m.scale = v;
                                    else
                                        delete m.scale;
                                    continue;
                                }
                            case 7: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.zeroCount = v;
                                    else
                                        delete m.zeroCount;
                                    continue;
                                }
                            case 8: {
                                    if (u !== 2)
                                        break;
                                    m.positive = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.decode(r, r.size(), $undefined, q + 1, m.positive);
                                    continue;
                                }
                            case 9: {
                                    if (u !== 2)
                                        break;
                                    m.negative = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.decode(r, r.size(), $undefined, q + 1, m.negative);
                                    continue;
                                }
                            case 10: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.flags = v;
                                    else
                                        delete m.flags;
                                    continue;
                                }
                            case 11: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.exemplars && m.exemplars.length))
                                        m.exemplars = [];
                                    m.exemplars.push($root.opentelemetry.proto.metrics.v1.Exemplar.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 12: {
                                    if (u !== 1)
                                        break;
                                    m.min = r.double();
                                    m._min = "min";
                                    continue;
                                }
                            case 13: {
                                    if (u !== 1)
                                        break;
                                    m.max = r.double();
                                    m._max = "max";
                                    continue;
                                }
                            case 14: {
                                    if (u !== 1)
                                        break;
                                    if (!$Object.is(v = r.double(), 0))
                                        m.zeroThreshold = v;
                                    else
                                        delete m.zeroThreshold;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    ExponentialHistogramDataPoint.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint();
                        if (d.attributes) {
                            if (!$Array.isArray(d.attributes))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.attributes: array expected");
                            m.attributes = $Array(d.attributes.length);
                            for (var i = 0; i < d.attributes.length; ++i) {
                                if (!$util.isObject(d.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.attributes: object expected");
                                m.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                            }
                        }
                        if (d.startTimeUnixNano != null) {
                            if (typeof d.startTimeUnixNano === "object" ? d.startTimeUnixNano.low || d.startTimeUnixNano.high : $Number(d.startTimeUnixNano) !== 0) {
                                if ($util.Long)
                                    m.startTimeUnixNano = $util.Long.fromValue(d.startTimeUnixNano, true);
                                else if (typeof d.startTimeUnixNano === "string")
                                    m.startTimeUnixNano = $parseInt(d.startTimeUnixNano, 10);
                                else if (typeof d.startTimeUnixNano === "number")
                                    m.startTimeUnixNano = d.startTimeUnixNano;
                                else if (typeof d.startTimeUnixNano === "object")
                                    m.startTimeUnixNano = new $util.LongBits(d.startTimeUnixNano.low >>> 0, d.startTimeUnixNano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.timeUnixNano != null) {
                            if (typeof d.timeUnixNano === "object" ? d.timeUnixNano.low || d.timeUnixNano.high : $Number(d.timeUnixNano) !== 0) {
                                if ($util.Long)
                                    m.timeUnixNano = $util.Long.fromValue(d.timeUnixNano, true);
                                else if (typeof d.timeUnixNano === "string")
                                    m.timeUnixNano = $parseInt(d.timeUnixNano, 10);
                                else if (typeof d.timeUnixNano === "number")
                                    m.timeUnixNano = d.timeUnixNano;
                                else if (typeof d.timeUnixNano === "object")
                                    m.timeUnixNano = new $util.LongBits(d.timeUnixNano.low >>> 0, d.timeUnixNano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.count != null) {
                            if (typeof d.count === "object" ? d.count.low || d.count.high : $Number(d.count) !== 0) {
                                if ($util.Long)
                                    m.count = $util.Long.fromValue(d.count, true);
                                else if (typeof d.count === "string")
                                    m.count = $parseInt(d.count, 10);
                                else if (typeof d.count === "number")
                                    m.count = d.count;
                                else if (typeof d.count === "object")
                                    m.count = new $util.LongBits(d.count.low >>> 0, d.count.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.sum != null) {
                            m.sum = $Number(d.sum);
                        }
                        if (d.scale != null) {
                            if ($Number(d.scale) !== 0) {
                                m.scale = d.scale | 0;
                            }
                        }
                        if (d.zeroCount != null) {
                            if (typeof d.zeroCount === "object" ? d.zeroCount.low || d.zeroCount.high : $Number(d.zeroCount) !== 0) {
                                if ($util.Long)
                                    m.zeroCount = $util.Long.fromValue(d.zeroCount, true);
                                else if (typeof d.zeroCount === "string")
                                    m.zeroCount = $parseInt(d.zeroCount, 10);
                                else if (typeof d.zeroCount === "number")
                                    m.zeroCount = d.zeroCount;
                                else if (typeof d.zeroCount === "object")
                                    m.zeroCount = new $util.LongBits(d.zeroCount.low >>> 0, d.zeroCount.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.positive != null) {
                            if (!$util.isObject(d.positive))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.positive: object expected");
                            m.positive = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.fromObject(d.positive, q + 1);
                        }
                        if (d.negative != null) {
                            if (!$util.isObject(d.negative))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.negative: object expected");
                            m.negative = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.fromObject(d.negative, q + 1);
                        }
                        if (d.flags != null) {
                            if ($Number(d.flags) !== 0) {
                                m.flags = d.flags >>> 0;
                            }
                        }
                        if (d.exemplars) {
                            if (!$Array.isArray(d.exemplars))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.exemplars: array expected");
                            m.exemplars = $Array(d.exemplars.length);
                            for (var i = 0; i < d.exemplars.length; ++i) {
                                if (!$util.isObject(d.exemplars[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.exemplars: object expected");
                                m.exemplars[i] = $root.opentelemetry.proto.metrics.v1.Exemplar.fromObject(d.exemplars[i], q + 1);
                            }
                        }
                        if (d.min != null) {
                            m.min = $Number(d.min);
                        }
                        if (d.max != null) {
                            m.max = $Number(d.max);
                        }
                        if (d.zeroThreshold != null) {
                            if (!$Object.is($Number(d.zeroThreshold), 0)) {
                                m.zeroThreshold = $Number(d.zeroThreshold);
                            }
                        }
                        return m;
                    };

                    ExponentialHistogramDataPoint.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.attributes = [];
                            d.exemplars = [];
                        }
                        if (o.defaults) {
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.startTimeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.startTimeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.timeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.timeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.count = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.count = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            d.scale = 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.zeroCount = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.zeroCount = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            d.positive = null;
                            d.negative = null;
                            d.flags = 0;
                            d.zeroThreshold = 0;
                        }
                        if (m.attributes && m.attributes.length) {
                            d.attributes = $Array(m.attributes.length);
                            for (var j = 0; j < m.attributes.length; ++j) {
                                d.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                            }
                        }
                        if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.startTimeUnixNano = typeof m.startTimeUnixNano === "number" ? $BigInt(m.startTimeUnixNano) : $util.Long.fromBits(m.startTimeUnixNano.low >>> 0, m.startTimeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof m.startTimeUnixNano === "number")
                                d.startTimeUnixNano = o.longs === $String ? $String(m.startTimeUnixNano) : m.startTimeUnixNano;
                            else
                                d.startTimeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.startTimeUnixNano) : o.longs === $Number ? new $util.LongBits(m.startTimeUnixNano.low >>> 0, m.startTimeUnixNano.high >>> 0).toNumber(true) : m.startTimeUnixNano;
                        }
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.timeUnixNano = typeof m.timeUnixNano === "number" ? $BigInt(m.timeUnixNano) : $util.Long.fromBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof m.timeUnixNano === "number")
                                d.timeUnixNano = o.longs === $String ? $String(m.timeUnixNano) : m.timeUnixNano;
                            else
                                d.timeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.timeUnixNano) : o.longs === $Number ? new $util.LongBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0).toNumber(true) : m.timeUnixNano;
                        }
                        if (m.count != null && $Object.hasOwnProperty.call(m, "count")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.count = typeof m.count === "number" ? $BigInt(m.count) : $util.Long.fromBits(m.count.low >>> 0, m.count.high >>> 0, true).toBigInt();
                            else if (typeof m.count === "number")
                                d.count = o.longs === $String ? $String(m.count) : m.count;
                            else
                                d.count = o.longs === $String ? $util.Long.prototype.toString.call(m.count) : o.longs === $Number ? new $util.LongBits(m.count.low >>> 0, m.count.high >>> 0).toNumber(true) : m.count;
                        }
                        if (m.sum != null && $Object.hasOwnProperty.call(m, "sum")) {
                            d.sum = o.json && !$isFinite(m.sum) ? $String(m.sum) : m.sum;
                        }
                        if (m.scale != null && $Object.hasOwnProperty.call(m, "scale")) {
                            d.scale = m.scale;
                        }
                        if (m.zeroCount != null && $Object.hasOwnProperty.call(m, "zeroCount")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.zeroCount = typeof m.zeroCount === "number" ? $BigInt(m.zeroCount) : $util.Long.fromBits(m.zeroCount.low >>> 0, m.zeroCount.high >>> 0, true).toBigInt();
                            else if (typeof m.zeroCount === "number")
                                d.zeroCount = o.longs === $String ? $String(m.zeroCount) : m.zeroCount;
                            else
                                d.zeroCount = o.longs === $String ? $util.Long.prototype.toString.call(m.zeroCount) : o.longs === $Number ? new $util.LongBits(m.zeroCount.low >>> 0, m.zeroCount.high >>> 0).toNumber(true) : m.zeroCount;
                        }
                        if (m.positive != null && $Object.hasOwnProperty.call(m, "positive")) {
                            d.positive = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.toObject(m.positive, o, q + 1);
                        }
                        if (m.negative != null && $Object.hasOwnProperty.call(m, "negative")) {
                            d.negative = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.toObject(m.negative, o, q + 1);
                        }
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                            d.flags = m.flags;
                        }
                        if (m.exemplars && m.exemplars.length) {
                            d.exemplars = $Array(m.exemplars.length);
                            for (var j = 0; j < m.exemplars.length; ++j) {
                                d.exemplars[j] = $root.opentelemetry.proto.metrics.v1.Exemplar.toObject(m.exemplars[j], o, q + 1);
                            }
                        }
                        if (m.min != null && $Object.hasOwnProperty.call(m, "min")) {
                            d.min = o.json && !$isFinite(m.min) ? $String(m.min) : m.min;
                        }
                        if (m.max != null && $Object.hasOwnProperty.call(m, "max")) {
                            d.max = o.json && !$isFinite(m.max) ? $String(m.max) : m.max;
                        }
                        if (m.zeroThreshold != null && $Object.hasOwnProperty.call(m, "zeroThreshold")) {
                            d.zeroThreshold = o.json && !$isFinite(m.zeroThreshold) ? $String(m.zeroThreshold) : m.zeroThreshold;
                        }
                        return d;
                    };

                    ExponentialHistogramDataPoint.prototype.toJSON = function() {
                        return ExponentialHistogramDataPoint.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    ExponentialHistogramDataPoint.Buckets = (function() {

                        const Buckets = function (p) {
                            this.bucketCounts = [];
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        Buckets.prototype.offset = 0;
                        Buckets.prototype.bucketCounts = $util.emptyArray;

                        Buckets.create = function(properties) {
                            return new Buckets(properties);
                        };

                        Buckets.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && m.offset !== 0)
                                w.uint32(8).sint32(m.offset);
                            if (m.bucketCounts != null && m.bucketCounts.length) {
                                w.uint32(18).uint64s(m.bucketCounts);
                            }
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        Buckets.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 0)
                                            break;
                                        if (v = r.sint32())
                                            m.offset = v;
                                        else
                                            delete m.offset;
                                        continue;
                                    }
                                case 2: {
                                        if (u === 2) {
                                            if (!(m.bucketCounts && m.bucketCounts.length))
                                                m.bucketCounts = [];
                                            r.uint64s(m.bucketCounts);
                                            continue;
                                        }
                                        if (u !== 0)
                                            break;
                                        if (!(m.bucketCounts && m.bucketCounts.length))
                                            m.bucketCounts = [];
                                        m.bucketCounts.push(r.uint64());
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        Buckets.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets();
                            if (d.offset != null) {
                                if ($Number(d.offset) !== 0) {
                                    m.offset = d.offset | 0;
                                }
                            }
                            if (d.bucketCounts) {
                                if (!$Array.isArray(d.bucketCounts))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.bucketCounts: array expected");
                                m.bucketCounts = $Array(d.bucketCounts.length);
                                for (var i = 0; i < d.bucketCounts.length; ++i) {
                                    if ($util.Long)
                                        m.bucketCounts[i] = $util.Long.fromValue(d.bucketCounts[i], true);
                                    else if (typeof d.bucketCounts[i] === "string")
                                        m.bucketCounts[i] = $parseInt(d.bucketCounts[i], 10);
                                    else if (typeof d.bucketCounts[i] === "number")
                                        m.bucketCounts[i] = d.bucketCounts[i];
                                    else if (typeof d.bucketCounts[i] === "object")
                                        m.bucketCounts[i] = new $util.LongBits(d.bucketCounts[i].low >>> 0, d.bucketCounts[i].high >>> 0).toNumber(true);
                                }
                            }
                            return m;
                        };

                        Buckets.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.arrays || o.defaults) {
                                d.bucketCounts = [];
                            }
                            if (o.defaults) {
                                d.offset = 0;
                            }
                            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                                d.offset = m.offset;
                            }
                            if (m.bucketCounts && m.bucketCounts.length) {
                                d.bucketCounts = $Array(m.bucketCounts.length);
                                for (var j = 0; j < m.bucketCounts.length; ++j) {
                                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                        d.bucketCounts[j] = typeof m.bucketCounts[j] === "number" ? $BigInt(m.bucketCounts[j]) : $util.Long.fromBits(m.bucketCounts[j].low >>> 0, m.bucketCounts[j].high >>> 0, true).toBigInt();
                                    else if (typeof m.bucketCounts[j] === "number")
                                        d.bucketCounts[j] = o.longs === $String ? $String(m.bucketCounts[j]) : m.bucketCounts[j];
                                    else
                                        d.bucketCounts[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.bucketCounts[j]) : o.longs === $Number ? new $util.LongBits(m.bucketCounts[j].low >>> 0, m.bucketCounts[j].high >>> 0).toNumber(true) : m.bucketCounts[j];
                                }
                            }
                            return d;
                        };

                        Buckets.prototype.toJSON = function() {
                            return Buckets.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        return Buckets;
                    })();

                    return ExponentialHistogramDataPoint;
                })();

                v1.SummaryDataPoint = (function() {

                    const SummaryDataPoint = function (p) {
                        this.attributes = [];
                        this.quantileValues = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    SummaryDataPoint.prototype.attributes = $util.emptyArray;
                    SummaryDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    SummaryDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    SummaryDataPoint.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    SummaryDataPoint.prototype.sum = 0;
                    SummaryDataPoint.prototype.quantileValues = $util.emptyArray;
                    SummaryDataPoint.prototype.flags = 0;

                    SummaryDataPoint.create = function(properties) {
                        return new SummaryDataPoint(properties);
                    };

                    SummaryDataPoint.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano") && (typeof m.startTimeUnixNano === "object" ? m.startTimeUnixNano.low || m.startTimeUnixNano.high : m.startTimeUnixNano !== 0))
                            w.uint32(17).fixed64(m.startTimeUnixNano);
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano") && (typeof m.timeUnixNano === "object" ? m.timeUnixNano.low || m.timeUnixNano.high : m.timeUnixNano !== 0))
                            w.uint32(25).fixed64(m.timeUnixNano);
                        if (m.count != null && $Object.hasOwnProperty.call(m, "count") && (typeof m.count === "object" ? m.count.low || m.count.high : m.count !== 0))
                            w.uint32(33).fixed64(m.count);
                        if (m.sum != null && $Object.hasOwnProperty.call(m, "sum") && !$Object.is(m.sum, 0))
                            w.uint32(41).double(m.sum);
                        if (m.quantileValues != null && m.quantileValues.length) {
                            for (var i = 0; i < m.quantileValues.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.encode(m.quantileValues[i], w.uint32(50).fork(), q + 1).ldelim();
                        }
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(58).fork(), q + 1).ldelim();
                        }
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags") && m.flags !== 0)
                            w.uint32(64).uint32(m.flags);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    SummaryDataPoint.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.SummaryDataPoint();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 7: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.startTimeUnixNano = v;
                                    else
                                        delete m.startTimeUnixNano;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.timeUnixNano = v;
                                    else
                                        delete m.timeUnixNano;
                                    continue;
                                }
                            case 4: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.count = v;
                                    else
                                        delete m.count;
                                    continue;
                                }
                            case 5: {
                                    if (u !== 1)
                                        break;
                                    if (!$Object.is(v = r.double(), 0))
                                        m.sum = v;
                                    else
                                        delete m.sum;
                                    continue;
                                }
                            case 6: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.quantileValues && m.quantileValues.length))
                                        m.quantileValues = [];
                                    m.quantileValues.push($root.opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 8: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.flags = v;
                                    else
                                        delete m.flags;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    SummaryDataPoint.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.metrics.v1.SummaryDataPoint)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.SummaryDataPoint: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.metrics.v1.SummaryDataPoint();
                        if (d.attributes) {
                            if (!$Array.isArray(d.attributes))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.SummaryDataPoint.attributes: array expected");
                            m.attributes = $Array(d.attributes.length);
                            for (var i = 0; i < d.attributes.length; ++i) {
                                if (!$util.isObject(d.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.SummaryDataPoint.attributes: object expected");
                                m.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                            }
                        }
                        if (d.startTimeUnixNano != null) {
                            if (typeof d.startTimeUnixNano === "object" ? d.startTimeUnixNano.low || d.startTimeUnixNano.high : $Number(d.startTimeUnixNano) !== 0) {
                                if ($util.Long)
                                    m.startTimeUnixNano = $util.Long.fromValue(d.startTimeUnixNano, true);
                                else if (typeof d.startTimeUnixNano === "string")
                                    m.startTimeUnixNano = $parseInt(d.startTimeUnixNano, 10);
                                else if (typeof d.startTimeUnixNano === "number")
                                    m.startTimeUnixNano = d.startTimeUnixNano;
                                else if (typeof d.startTimeUnixNano === "object")
                                    m.startTimeUnixNano = new $util.LongBits(d.startTimeUnixNano.low >>> 0, d.startTimeUnixNano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.timeUnixNano != null) {
                            if (typeof d.timeUnixNano === "object" ? d.timeUnixNano.low || d.timeUnixNano.high : $Number(d.timeUnixNano) !== 0) {
                                if ($util.Long)
                                    m.timeUnixNano = $util.Long.fromValue(d.timeUnixNano, true);
                                else if (typeof d.timeUnixNano === "string")
                                    m.timeUnixNano = $parseInt(d.timeUnixNano, 10);
                                else if (typeof d.timeUnixNano === "number")
                                    m.timeUnixNano = d.timeUnixNano;
                                else if (typeof d.timeUnixNano === "object")
                                    m.timeUnixNano = new $util.LongBits(d.timeUnixNano.low >>> 0, d.timeUnixNano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.count != null) {
                            if (typeof d.count === "object" ? d.count.low || d.count.high : $Number(d.count) !== 0) {
                                if ($util.Long)
                                    m.count = $util.Long.fromValue(d.count, true);
                                else if (typeof d.count === "string")
                                    m.count = $parseInt(d.count, 10);
                                else if (typeof d.count === "number")
                                    m.count = d.count;
                                else if (typeof d.count === "object")
                                    m.count = new $util.LongBits(d.count.low >>> 0, d.count.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.sum != null) {
                            if (!$Object.is($Number(d.sum), 0)) {
                                m.sum = $Number(d.sum);
                            }
                        }
                        if (d.quantileValues) {
                            if (!$Array.isArray(d.quantileValues))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.SummaryDataPoint.quantileValues: array expected");
                            m.quantileValues = $Array(d.quantileValues.length);
                            for (var i = 0; i < d.quantileValues.length; ++i) {
                                if (!$util.isObject(d.quantileValues[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.SummaryDataPoint.quantileValues: object expected");
                                m.quantileValues[i] = $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.fromObject(d.quantileValues[i], q + 1);
                            }
                        }
                        if (d.flags != null) {
                            if ($Number(d.flags) !== 0) {
                                m.flags = d.flags >>> 0;
                            }
                        }
                        return m;
                    };

                    SummaryDataPoint.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.quantileValues = [];
                            d.attributes = [];
                        }
                        if (o.defaults) {
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.startTimeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.startTimeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.timeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.timeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.count = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.count = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            d.sum = 0;
                            d.flags = 0;
                        }
                        if (m.startTimeUnixNano != null && $Object.hasOwnProperty.call(m, "startTimeUnixNano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.startTimeUnixNano = typeof m.startTimeUnixNano === "number" ? $BigInt(m.startTimeUnixNano) : $util.Long.fromBits(m.startTimeUnixNano.low >>> 0, m.startTimeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof m.startTimeUnixNano === "number")
                                d.startTimeUnixNano = o.longs === $String ? $String(m.startTimeUnixNano) : m.startTimeUnixNano;
                            else
                                d.startTimeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.startTimeUnixNano) : o.longs === $Number ? new $util.LongBits(m.startTimeUnixNano.low >>> 0, m.startTimeUnixNano.high >>> 0).toNumber(true) : m.startTimeUnixNano;
                        }
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.timeUnixNano = typeof m.timeUnixNano === "number" ? $BigInt(m.timeUnixNano) : $util.Long.fromBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof m.timeUnixNano === "number")
                                d.timeUnixNano = o.longs === $String ? $String(m.timeUnixNano) : m.timeUnixNano;
                            else
                                d.timeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.timeUnixNano) : o.longs === $Number ? new $util.LongBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0).toNumber(true) : m.timeUnixNano;
                        }
                        if (m.count != null && $Object.hasOwnProperty.call(m, "count")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.count = typeof m.count === "number" ? $BigInt(m.count) : $util.Long.fromBits(m.count.low >>> 0, m.count.high >>> 0, true).toBigInt();
                            else if (typeof m.count === "number")
                                d.count = o.longs === $String ? $String(m.count) : m.count;
                            else
                                d.count = o.longs === $String ? $util.Long.prototype.toString.call(m.count) : o.longs === $Number ? new $util.LongBits(m.count.low >>> 0, m.count.high >>> 0).toNumber(true) : m.count;
                        }
                        if (m.sum != null && $Object.hasOwnProperty.call(m, "sum")) {
                            d.sum = o.json && !$isFinite(m.sum) ? $String(m.sum) : m.sum;
                        }
                        if (m.quantileValues && m.quantileValues.length) {
                            d.quantileValues = $Array(m.quantileValues.length);
                            for (var j = 0; j < m.quantileValues.length; ++j) {
                                d.quantileValues[j] = $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.toObject(m.quantileValues[j], o, q + 1);
                            }
                        }
                        if (m.attributes && m.attributes.length) {
                            d.attributes = $Array(m.attributes.length);
                            for (var j = 0; j < m.attributes.length; ++j) {
                                d.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                            }
                        }
                        if (m.flags != null && $Object.hasOwnProperty.call(m, "flags")) {
                            d.flags = m.flags;
                        }
                        return d;
                    };

                    SummaryDataPoint.prototype.toJSON = function() {
                        return SummaryDataPoint.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    SummaryDataPoint.ValueAtQuantile = (function() {

                        const ValueAtQuantile = function (p) {
                            if (p)
                                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                                        this[ks[i]] = p[ks[i]];
                        };

                        ValueAtQuantile.prototype.quantile = 0;
                        ValueAtQuantile.prototype.value = 0;

                        ValueAtQuantile.create = function(properties) {
                            return new ValueAtQuantile(properties);
                        };

                        ValueAtQuantile.encode = function (m, w, q) {
                            if (!w)
                                w = $Writer.create();
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (m.quantile != null && $Object.hasOwnProperty.call(m, "quantile") && !$Object.is(m.quantile, 0))
                                w.uint32(9).double(m.quantile);
                            if (m.value != null && $Object.hasOwnProperty.call(m, "value") && !$Object.is(m.value, 0))
                                w.uint32(17).double(m.value);
                            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                                for (var i = 0; i < m.$unknowns.length; ++i)
                                    w.raw(m.$unknowns[i]);
                            return w;
                        };

                        ValueAtQuantile.decode = function (r, l, z, q, g) {
                            if (!(r instanceof $Reader))
                                r = $Reader.create(r);
                            if (q === $undefined)
                                q = 0;
                            if (q > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            var c, m, v;
                            if (l === $undefined)
                                c = r.len;
                            else {
                                c = r.pos + l;
                                if (c > r.len)
                                    throw $RangeError("index out of range");
                                l = r.len;
                                r.len = c;
                            }
                            m = g || new $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile();
                            while (r.pos < c) {
                                var s = r.pos;
                                var t = r.tag();
                                if (t === z) {
                                    z = $undefined;
                                    break;
                                }
                                var u = t & 7;
                                switch (t >>>= 3) {
                                case 1: {
                                        if (u !== 1)
                                            break;
                                        if (!$Object.is(v = r.double(), 0))
                                            m.quantile = v;
                                        else
                                            delete m.quantile;
                                        continue;
                                    }
                                case 2: {
                                        if (u !== 1)
                                            break;
                                        if (!$Object.is(v = r.double(), 0))
                                            m.value = v;
                                        else
                                            delete m.value;
                                        continue;
                                    }
                                }
                                r.skipType(u, q, t);
                                if (!r.discardUnknown) {
                                    $util.makeProp(m, "$unknowns", false);
                                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                                }
                            }
                            if (l !== $undefined) {
                                if (r.pos !== c)
                                    throw $RangeError("index out of range");
                                r.len = l;
                            }
                            if (z !== $undefined)
                                throw $Error("missing end group");
                            return m;
                        };

                        ValueAtQuantile.fromObject = function (d, q) {
                            if (d instanceof $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile)
                                return d;
                            if (!$util.isObject(d))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile: object expected");
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var m = new $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile();
                            if (d.quantile != null) {
                                if (!$Object.is($Number(d.quantile), 0)) {
                                    m.quantile = $Number(d.quantile);
                                }
                            }
                            if (d.value != null) {
                                if (!$Object.is($Number(d.value), 0)) {
                                    m.value = $Number(d.value);
                                }
                            }
                            return m;
                        };

                        ValueAtQuantile.toObject = function (m, o, q) {
                            if (!o)
                                o = {};
                            if (q === $undefined)
                                q = 0;
                            if (q > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            var d = {};
                            if (o.defaults) {
                                d.quantile = 0;
                                d.value = 0;
                            }
                            if (m.quantile != null && $Object.hasOwnProperty.call(m, "quantile")) {
                                d.quantile = o.json && !$isFinite(m.quantile) ? $String(m.quantile) : m.quantile;
                            }
                            if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                                d.value = o.json && !$isFinite(m.value) ? $String(m.value) : m.value;
                            }
                            return d;
                        };

                        ValueAtQuantile.prototype.toJSON = function() {
                            return ValueAtQuantile.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        return ValueAtQuantile;
                    })();

                    return SummaryDataPoint;
                })();

                v1.Exemplar = (function() {

                    const Exemplar = function (p) {
                        this.filteredAttributes = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    Exemplar.prototype.filteredAttributes = $util.emptyArray;
                    Exemplar.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    Exemplar.prototype.asDouble = null;
                    Exemplar.prototype.asInt = null;
                    Exemplar.prototype.spanId = $util.newBuffer([]);
                    Exemplar.prototype.traceId = $util.newBuffer([]);

                    let $oneOfFields;

                    $Object.defineProperty(Exemplar.prototype, "value", {
                        get: $util.oneOfGetter($oneOfFields = ["asDouble", "asInt"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    Exemplar.create = function(properties) {
                        return new Exemplar(properties);
                    };

                    Exemplar.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano") && (typeof m.timeUnixNano === "object" ? m.timeUnixNano.low || m.timeUnixNano.high : m.timeUnixNano !== 0))
                            w.uint32(17).fixed64(m.timeUnixNano);
                        if (m.asDouble != null && $Object.hasOwnProperty.call(m, "asDouble"))
                            w.uint32(25).double(m.asDouble);
                        if (m.spanId != null && $Object.hasOwnProperty.call(m, "spanId") && m.spanId.length)
                            w.uint32(34).bytes(m.spanId);
                        if (m.traceId != null && $Object.hasOwnProperty.call(m, "traceId") && m.traceId.length)
                            w.uint32(42).bytes(m.traceId);
                        if (m.asInt != null && $Object.hasOwnProperty.call(m, "asInt"))
                            w.uint32(49).sfixed64(m.asInt);
                        if (m.filteredAttributes != null && m.filteredAttributes.length) {
                            for (var i = 0; i < m.filteredAttributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.filteredAttributes[i], w.uint32(58).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    Exemplar.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.metrics.v1.Exemplar();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 7: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.filteredAttributes && m.filteredAttributes.length))
                                        m.filteredAttributes = [];
                                    m.filteredAttributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 1)
                                        break;
                                    if (typeof (v = r.fixed64()) === "object" ? v.low || v.high : v !== 0)
                                        m.timeUnixNano = v;
                                    else
                                        delete m.timeUnixNano;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 1)
                                        break;
                                    m.asDouble = r.double();
                                    m.value = "asDouble";
                                    continue;
                                }
                            case 6: {
                                    if (u !== 1)
                                        break;
                                    m.asInt = r.sfixed64();
                                    m.value = "asInt";
                                    continue;
                                }
                            case 4: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.bytes()).length)
                                        m.spanId = v;
                                    else
                                        delete m.spanId;
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.bytes()).length)
                                        m.traceId = v;
                                    else
                                        delete m.traceId;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    Exemplar.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.metrics.v1.Exemplar)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.Exemplar: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.metrics.v1.Exemplar();
                        if (d.filteredAttributes) {
                            if (!$Array.isArray(d.filteredAttributes))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Exemplar.filteredAttributes: array expected");
                            m.filteredAttributes = $Array(d.filteredAttributes.length);
                            for (var i = 0; i < d.filteredAttributes.length; ++i) {
                                if (!$util.isObject(d.filteredAttributes[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.Exemplar.filteredAttributes: object expected");
                                m.filteredAttributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.filteredAttributes[i], q + 1);
                            }
                        }
                        if (d.timeUnixNano != null) {
                            if (typeof d.timeUnixNano === "object" ? d.timeUnixNano.low || d.timeUnixNano.high : $Number(d.timeUnixNano) !== 0) {
                                if ($util.Long)
                                    m.timeUnixNano = $util.Long.fromValue(d.timeUnixNano, true);
                                else if (typeof d.timeUnixNano === "string")
                                    m.timeUnixNano = $parseInt(d.timeUnixNano, 10);
                                else if (typeof d.timeUnixNano === "number")
                                    m.timeUnixNano = d.timeUnixNano;
                                else if (typeof d.timeUnixNano === "object")
                                    m.timeUnixNano = new $util.LongBits(d.timeUnixNano.low >>> 0, d.timeUnixNano.high >>> 0).toNumber(true);
                            }
                        }
                        if (d.asDouble != null) {
                            m.asDouble = $Number(d.asDouble);
                        }
                        if (d.asInt != null) {
                            if ($util.Long)
                                m.asInt = $util.Long.fromValue(d.asInt, false);
                            else if (typeof d.asInt === "string")
                                m.asInt = $parseInt(d.asInt, 10);
                            else if (typeof d.asInt === "number")
                                m.asInt = d.asInt;
                            else if (typeof d.asInt === "object")
                                m.asInt = new $util.LongBits(d.asInt.low >>> 0, d.asInt.high >>> 0).toNumber();
                        }
                        if (d.spanId != null) {
                            if (d.spanId.length) {
                                if (typeof d.spanId === "string")
                                    $util.base64.decode(d.spanId, m.spanId = $util.newBuffer($util.base64.length(d.spanId)), 0);
                                else if (d.spanId.length >= 0)
                                    m.spanId = d.spanId;
                            }
                        }
                        if (d.traceId != null) {
                            if (d.traceId.length) {
                                if (typeof d.traceId === "string")
                                    $util.base64.decode(d.traceId, m.traceId = $util.newBuffer($util.base64.length(d.traceId)), 0);
                                else if (d.traceId.length >= 0)
                                    m.traceId = d.traceId;
                            }
                        }
                        return m;
                    };

                    Exemplar.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.filteredAttributes = [];
                        }
                        if (o.defaults) {
                            if ($util.Long) {
                                var n = new $util.Long(0, 0, true);
                                d.timeUnixNano = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                            } else
                                d.timeUnixNano = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                            if (o.bytes === $String)
                                d.spanId = "";
                            else {
                                d.spanId = [];
                                if (o.bytes !== $Array)
                                    d.spanId = $util.newBuffer(d.spanId);
                            }
                            if (o.bytes === $String)
                                d.traceId = "";
                            else {
                                d.traceId = [];
                                if (o.bytes !== $Array)
                                    d.traceId = $util.newBuffer(d.traceId);
                            }
                        }
                        if (m.timeUnixNano != null && $Object.hasOwnProperty.call(m, "timeUnixNano")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.timeUnixNano = typeof m.timeUnixNano === "number" ? $BigInt(m.timeUnixNano) : $util.Long.fromBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof m.timeUnixNano === "number")
                                d.timeUnixNano = o.longs === $String ? $String(m.timeUnixNano) : m.timeUnixNano;
                            else
                                d.timeUnixNano = o.longs === $String ? $util.Long.prototype.toString.call(m.timeUnixNano) : o.longs === $Number ? new $util.LongBits(m.timeUnixNano.low >>> 0, m.timeUnixNano.high >>> 0).toNumber(true) : m.timeUnixNano;
                        }
                        if (m.asDouble != null && $Object.hasOwnProperty.call(m, "asDouble")) {
                            d.asDouble = o.json && !$isFinite(m.asDouble) ? $String(m.asDouble) : m.asDouble;
                            if (o.oneofs)
                                d.value = "asDouble";
                        }
                        if (m.spanId != null && $Object.hasOwnProperty.call(m, "spanId")) {
                            d.spanId = o.bytes === $String ? $util.base64.encode(m.spanId, 0, m.spanId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.spanId) : m.spanId;
                        }
                        if (m.traceId != null && $Object.hasOwnProperty.call(m, "traceId")) {
                            d.traceId = o.bytes === $String ? $util.base64.encode(m.traceId, 0, m.traceId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.traceId) : m.traceId;
                        }
                        if (m.asInt != null && $Object.hasOwnProperty.call(m, "asInt")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.asInt = typeof m.asInt === "number" ? $BigInt(m.asInt) : $util.Long.fromBits(m.asInt.low >>> 0, m.asInt.high >>> 0, false).toBigInt();
                            else if (typeof m.asInt === "number")
                                d.asInt = o.longs === $String ? $String(m.asInt) : m.asInt;
                            else
                                d.asInt = o.longs === $String ? $util.Long.prototype.toString.call(m.asInt) : o.longs === $Number ? new $util.LongBits(m.asInt.low >>> 0, m.asInt.high >>> 0).toNumber() : m.asInt;
                            if (o.oneofs)
                                d.value = "asInt";
                        }
                        if (m.filteredAttributes && m.filteredAttributes.length) {
                            d.filteredAttributes = $Array(m.filteredAttributes.length);
                            for (var j = 0; j < m.filteredAttributes.length; ++j) {
                                d.filteredAttributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.filteredAttributes[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    Exemplar.prototype.toJSON = function() {
                        return Exemplar.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Exemplar;
                })();

                return v1;
            })();

            return metrics;
        })();

        proto.common = (function() {

            const common = {};

            common.v1 = (function() {

                const v1 = {};

                v1.AnyValue = (function() {

                    const AnyValue = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    AnyValue.prototype.stringValue = null;
                    AnyValue.prototype.boolValue = null;
                    AnyValue.prototype.intValue = null;
                    AnyValue.prototype.doubleValue = null;
                    AnyValue.prototype.arrayValue = null;
                    AnyValue.prototype.kvlistValue = null;
                    AnyValue.prototype.bytesValue = null;

                    let $oneOfFields;

                    $Object.defineProperty(AnyValue.prototype, "value", {
                        get: $util.oneOfGetter($oneOfFields = ["stringValue", "boolValue", "intValue", "doubleValue", "arrayValue", "kvlistValue", "bytesValue"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    AnyValue.create = function(properties) {
                        return new AnyValue(properties);
                    };

                    AnyValue.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.stringValue != null && $Object.hasOwnProperty.call(m, "stringValue"))
                            w.uint32(10).string(m.stringValue);
                        if (m.boolValue != null && $Object.hasOwnProperty.call(m, "boolValue"))
                            w.uint32(16).bool(m.boolValue);
                        if (m.intValue != null && $Object.hasOwnProperty.call(m, "intValue"))
                            w.uint32(24).int64(m.intValue);
                        if (m.doubleValue != null && $Object.hasOwnProperty.call(m, "doubleValue"))
                            w.uint32(33).double(m.doubleValue);
                        if (m.arrayValue != null && $Object.hasOwnProperty.call(m, "arrayValue"))
                            $root.opentelemetry.proto.common.v1.ArrayValue.encode(m.arrayValue, w.uint32(42).fork(), q + 1).ldelim();
                        if (m.kvlistValue != null && $Object.hasOwnProperty.call(m, "kvlistValue"))
                            $root.opentelemetry.proto.common.v1.KeyValueList.encode(m.kvlistValue, w.uint32(50).fork(), q + 1).ldelim();
                        if (m.bytesValue != null && $Object.hasOwnProperty.call(m, "bytesValue"))
                            w.uint32(58).bytes(m.bytesValue);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    AnyValue.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.AnyValue();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    m.stringValue = r.stringVerify();
                                    m.value = "stringValue";
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    m.boolValue = r.bool();
                                    m.value = "boolValue";
                                    continue;
                                }
                            case 3: {
                                    if (u !== 0)
                                        break;
                                    m.intValue = r.int64();
                                    m.value = "intValue";
                                    continue;
                                }
                            case 4: {
                                    if (u !== 1)
                                        break;
                                    m.doubleValue = r.double();
                                    m.value = "doubleValue";
                                    continue;
                                }
                            case 5: {
                                    if (u !== 2)
                                        break;
                                    m.arrayValue = $root.opentelemetry.proto.common.v1.ArrayValue.decode(r, r.size(), $undefined, q + 1, m.arrayValue);
                                    m.value = "arrayValue";
                                    continue;
                                }
                            case 6: {
                                    if (u !== 2)
                                        break;
                                    m.kvlistValue = $root.opentelemetry.proto.common.v1.KeyValueList.decode(r, r.size(), $undefined, q + 1, m.kvlistValue);
                                    m.value = "kvlistValue";
                                    continue;
                                }
                            case 7: {
                                    if (u !== 2)
                                        break;
                                    m.bytesValue = r.bytes();
                                    m.value = "bytesValue";
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    AnyValue.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.AnyValue)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.AnyValue: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.AnyValue();
                        if (d.stringValue != null) {
                            m.stringValue = $String(d.stringValue);
                        }
                        if (d.boolValue != null) {
                            m.boolValue = $Boolean(d.boolValue);
                        }
                        if (d.intValue != null) {
                            if ($util.Long)
                                m.intValue = $util.Long.fromValue(d.intValue, false);
                            else if (typeof d.intValue === "string")
                                m.intValue = $parseInt(d.intValue, 10);
                            else if (typeof d.intValue === "number")
                                m.intValue = d.intValue;
                            else if (typeof d.intValue === "object")
                                m.intValue = new $util.LongBits(d.intValue.low >>> 0, d.intValue.high >>> 0).toNumber();
                        }
                        if (d.doubleValue != null) {
                            m.doubleValue = $Number(d.doubleValue);
                        }
                        if (d.arrayValue != null) {
                            if (!$util.isObject(d.arrayValue))
                                throw $TypeError(".opentelemetry.proto.common.v1.AnyValue.arrayValue: object expected");
                            m.arrayValue = $root.opentelemetry.proto.common.v1.ArrayValue.fromObject(d.arrayValue, q + 1);
                        }
                        if (d.kvlistValue != null) {
                            if (!$util.isObject(d.kvlistValue))
                                throw $TypeError(".opentelemetry.proto.common.v1.AnyValue.kvlistValue: object expected");
                            m.kvlistValue = $root.opentelemetry.proto.common.v1.KeyValueList.fromObject(d.kvlistValue, q + 1);
                        }
                        if (d.bytesValue != null) {
                            if (typeof d.bytesValue === "string")
                                $util.base64.decode(d.bytesValue, m.bytesValue = $util.newBuffer($util.base64.length(d.bytesValue)), 0);
                            else if (d.bytesValue.length >= 0)
                                m.bytesValue = d.bytesValue;
                        }
                        return m;
                    };

                    AnyValue.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (m.stringValue != null && $Object.hasOwnProperty.call(m, "stringValue")) {
                            d.stringValue = m.stringValue;
                            if (o.oneofs)
                                d.value = "stringValue";
                        }
                        if (m.boolValue != null && $Object.hasOwnProperty.call(m, "boolValue")) {
                            d.boolValue = m.boolValue;
                            if (o.oneofs)
                                d.value = "boolValue";
                        }
                        if (m.intValue != null && $Object.hasOwnProperty.call(m, "intValue")) {
                            if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                                d.intValue = typeof m.intValue === "number" ? $BigInt(m.intValue) : $util.Long.fromBits(m.intValue.low >>> 0, m.intValue.high >>> 0, false).toBigInt();
                            else if (typeof m.intValue === "number")
                                d.intValue = o.longs === $String ? $String(m.intValue) : m.intValue;
                            else
                                d.intValue = o.longs === $String ? $util.Long.prototype.toString.call(m.intValue) : o.longs === $Number ? new $util.LongBits(m.intValue.low >>> 0, m.intValue.high >>> 0).toNumber() : m.intValue;
                            if (o.oneofs)
                                d.value = "intValue";
                        }
                        if (m.doubleValue != null && $Object.hasOwnProperty.call(m, "doubleValue")) {
                            d.doubleValue = o.json && !$isFinite(m.doubleValue) ? $String(m.doubleValue) : m.doubleValue;
                            if (o.oneofs)
                                d.value = "doubleValue";
                        }
                        if (m.arrayValue != null && $Object.hasOwnProperty.call(m, "arrayValue")) {
                            d.arrayValue = $root.opentelemetry.proto.common.v1.ArrayValue.toObject(m.arrayValue, o, q + 1);
                            if (o.oneofs)
                                d.value = "arrayValue";
                        }
                        if (m.kvlistValue != null && $Object.hasOwnProperty.call(m, "kvlistValue")) {
                            d.kvlistValue = $root.opentelemetry.proto.common.v1.KeyValueList.toObject(m.kvlistValue, o, q + 1);
                            if (o.oneofs)
                                d.value = "kvlistValue";
                        }
                        if (m.bytesValue != null && $Object.hasOwnProperty.call(m, "bytesValue")) {
                            d.bytesValue = o.bytes === $String ? $util.base64.encode(m.bytesValue, 0, m.bytesValue.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.bytesValue) : m.bytesValue;
                            if (o.oneofs)
                                d.value = "bytesValue";
                        }
                        return d;
                    };

                    AnyValue.prototype.toJSON = function() {
                        return AnyValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return AnyValue;
                })();

                v1.ArrayValue = (function() {

                    const ArrayValue = function (p) {
                        this.values = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    ArrayValue.prototype.values = $util.emptyArray;

                    ArrayValue.create = function(properties) {
                        return new ArrayValue(properties);
                    };

                    ArrayValue.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.values != null && m.values.length) {
                            for (var i = 0; i < m.values.length; ++i)
                                $root.opentelemetry.proto.common.v1.AnyValue.encode(m.values[i], w.uint32(10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    ArrayValue.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.ArrayValue();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.values && m.values.length))
                                        m.values = [];
                                    m.values.push($root.opentelemetry.proto.common.v1.AnyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    ArrayValue.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.ArrayValue)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.ArrayValue();
                        if (d.values) {
                            if (!$Array.isArray(d.values))
                                throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue.values: array expected");
                            m.values = $Array(d.values.length);
                            for (var i = 0; i < d.values.length; ++i) {
                                if (!$util.isObject(d.values[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue.values: object expected");
                                m.values[i] = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(d.values[i], q + 1);
                            }
                        }
                        return m;
                    };

                    ArrayValue.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.values = [];
                        }
                        if (m.values && m.values.length) {
                            d.values = $Array(m.values.length);
                            for (var j = 0; j < m.values.length; ++j) {
                                d.values[j] = $root.opentelemetry.proto.common.v1.AnyValue.toObject(m.values[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    ArrayValue.prototype.toJSON = function() {
                        return ArrayValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return ArrayValue;
                })();

                v1.KeyValueList = (function() {

                    const KeyValueList = function (p) {
                        this.values = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    KeyValueList.prototype.values = $util.emptyArray;

                    KeyValueList.create = function(properties) {
                        return new KeyValueList(properties);
                    };

                    KeyValueList.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.values != null && m.values.length) {
                            for (var i = 0; i < m.values.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.values[i], w.uint32(10).fork(), q + 1).ldelim();
                        }
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    KeyValueList.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.KeyValueList();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.values && m.values.length))
                                        m.values = [];
                                    m.values.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    KeyValueList.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.KeyValueList)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.KeyValueList();
                        if (d.values) {
                            if (!$Array.isArray(d.values))
                                throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList.values: array expected");
                            m.values = $Array(d.values.length);
                            for (var i = 0; i < d.values.length; ++i) {
                                if (!$util.isObject(d.values[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList.values: object expected");
                                m.values[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.values[i], q + 1);
                            }
                        }
                        return m;
                    };

                    KeyValueList.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.values = [];
                        }
                        if (m.values && m.values.length) {
                            d.values = $Array(m.values.length);
                            for (var j = 0; j < m.values.length; ++j) {
                                d.values[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.values[j], o, q + 1);
                            }
                        }
                        return d;
                    };

                    KeyValueList.prototype.toJSON = function() {
                        return KeyValueList.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return KeyValueList;
                })();

                v1.KeyValue = (function() {

                    const KeyValue = function (p) {
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    KeyValue.prototype.key = "";
                    KeyValue.prototype.value = null;

                    KeyValue.create = function(properties) {
                        return new KeyValue(properties);
                    };

                    KeyValue.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                            w.uint32(10).string(m.key);
                        if (m.value != null && $Object.hasOwnProperty.call(m, "value"))
                            $root.opentelemetry.proto.common.v1.AnyValue.encode(m.value, w.uint32(18).fork(), q + 1).ldelim();
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    KeyValue.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.KeyValue();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.key = v;
                                    else
                                        delete m.key;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    m.value = $root.opentelemetry.proto.common.v1.AnyValue.decode(r, r.size(), $undefined, q + 1, m.value);
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    KeyValue.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.KeyValue)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.KeyValue: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.KeyValue();
                        if (d.key != null) {
                            if (typeof d.key !== "string" || d.key.length) {
                                m.key = $String(d.key);
                            }
                        }
                        if (d.value != null) {
                            if (!$util.isObject(d.value))
                                throw $TypeError(".opentelemetry.proto.common.v1.KeyValue.value: object expected");
                            m.value = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(d.value, q + 1);
                        }
                        return m;
                    };

                    KeyValue.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.defaults) {
                            d.key = "";
                            d.value = null;
                        }
                        if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                            d.key = m.key;
                        }
                        if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                            d.value = $root.opentelemetry.proto.common.v1.AnyValue.toObject(m.value, o, q + 1);
                        }
                        return d;
                    };

                    KeyValue.prototype.toJSON = function() {
                        return KeyValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return KeyValue;
                })();

                v1.InstrumentationScope = (function() {

                    const InstrumentationScope = function (p) {
                        this.attributes = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    InstrumentationScope.prototype.name = "";
                    InstrumentationScope.prototype.version = "";
                    InstrumentationScope.prototype.attributes = $util.emptyArray;
                    InstrumentationScope.prototype.droppedAttributesCount = 0;

                    InstrumentationScope.create = function(properties) {
                        return new InstrumentationScope(properties);
                    };

                    InstrumentationScope.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                            w.uint32(10).string(m.name);
                        if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                            w.uint32(18).string(m.version);
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(26).fork(), q + 1).ldelim();
                        }
                        if (m.droppedAttributesCount != null && $Object.hasOwnProperty.call(m, "droppedAttributesCount") && m.droppedAttributesCount !== 0)
                            w.uint32(32).uint32(m.droppedAttributesCount);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    InstrumentationScope.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.common.v1.InstrumentationScope();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.name = v;
                                    else
                                        delete m.name;
                                    continue;
                                }
                            case 2: {
                                    if (u !== 2)
                                        break;
                                    if ((v = r.stringVerify()).length)
                                        m.version = v;
                                    else
                                        delete m.version;
                                    continue;
                                }
                            case 3: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 4: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.droppedAttributesCount = v;
                                    else
                                        delete m.droppedAttributesCount;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    InstrumentationScope.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.common.v1.InstrumentationScope)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.common.v1.InstrumentationScope();
                        if (d.name != null) {
                            if (typeof d.name !== "string" || d.name.length) {
                                m.name = $String(d.name);
                            }
                        }
                        if (d.version != null) {
                            if (typeof d.version !== "string" || d.version.length) {
                                m.version = $String(d.version);
                            }
                        }
                        if (d.attributes) {
                            if (!$Array.isArray(d.attributes))
                                throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope.attributes: array expected");
                            m.attributes = $Array(d.attributes.length);
                            for (var i = 0; i < d.attributes.length; ++i) {
                                if (!$util.isObject(d.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope.attributes: object expected");
                                m.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                            }
                        }
                        if (d.droppedAttributesCount != null) {
                            if ($Number(d.droppedAttributesCount) !== 0) {
                                m.droppedAttributesCount = d.droppedAttributesCount >>> 0;
                            }
                        }
                        return m;
                    };

                    InstrumentationScope.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.attributes = [];
                        }
                        if (o.defaults) {
                            d.name = "";
                            d.version = "";
                            d.droppedAttributesCount = 0;
                        }
                        if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                            d.name = m.name;
                        }
                        if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                            d.version = m.version;
                        }
                        if (m.attributes && m.attributes.length) {
                            d.attributes = $Array(m.attributes.length);
                            for (var j = 0; j < m.attributes.length; ++j) {
                                d.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                            }
                        }
                        if (m.droppedAttributesCount != null && $Object.hasOwnProperty.call(m, "droppedAttributesCount")) {
                            d.droppedAttributesCount = m.droppedAttributesCount;
                        }
                        return d;
                    };

                    InstrumentationScope.prototype.toJSON = function() {
                        return InstrumentationScope.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return InstrumentationScope;
                })();

                return v1;
            })();

            return common;
        })();

        proto.resource = (function() {

            const resource = {};

            resource.v1 = (function() {

                const v1 = {};

                v1.Resource = (function() {

                    const Resource = function (p) {
                        this.attributes = [];
                        if (p)
                            for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                                if (p[ks[i]] != null && ks[i] !== "__proto__")
                                    this[ks[i]] = p[ks[i]];
                    };

                    Resource.prototype.attributes = $util.emptyArray;
                    Resource.prototype.droppedAttributesCount = 0;

                    Resource.create = function(properties) {
                        return new Resource(properties);
                    };

                    Resource.encode = function (m, w, q) {
                        if (!w)
                            w = $Writer.create();
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (m.attributes != null && m.attributes.length) {
                            for (var i = 0; i < m.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(m.attributes[i], w.uint32(10).fork(), q + 1).ldelim();
                        }
                        if (m.droppedAttributesCount != null && $Object.hasOwnProperty.call(m, "droppedAttributesCount") && m.droppedAttributesCount !== 0)
                            w.uint32(16).uint32(m.droppedAttributesCount);
                        if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                            for (var i = 0; i < m.$unknowns.length; ++i)
                                w.raw(m.$unknowns[i]);
                        return w;
                    };

                    Resource.decode = function (r, l, z, q, g) {
                        if (!(r instanceof $Reader))
                            r = $Reader.create(r);
                        if (q === $undefined)
                            q = 0;
                        if (q > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        var c, m, v;
                        if (l === $undefined)
                            c = r.len;
                        else {
                            c = r.pos + l;
                            if (c > r.len)
                                throw $RangeError("index out of range");
                            l = r.len;
                            r.len = c;
                        }
                        m = g || new $root.opentelemetry.proto.resource.v1.Resource();
                        while (r.pos < c) {
                            var s = r.pos;
                            var t = r.tag();
                            if (t === z) {
                                z = $undefined;
                                break;
                            }
                            var u = t & 7;
                            switch (t >>>= 3) {
                            case 1: {
                                    if (u !== 2)
                                        break;
                                    if (!(m.attributes && m.attributes.length))
                                        m.attributes = [];
                                    m.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(r, r.size(), $undefined, q + 1));
                                    continue;
                                }
                            case 2: {
                                    if (u !== 0)
                                        break;
                                    if (v = r.uint32())
                                        m.droppedAttributesCount = v;
                                    else
                                        delete m.droppedAttributesCount;
                                    continue;
                                }
                            }
                            r.skipType(u, q, t);
                            if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                        }
                        if (l !== $undefined) {
                            if (r.pos !== c)
                                throw $RangeError("index out of range");
                            r.len = l;
                        }
                        if (z !== $undefined)
                            throw $Error("missing end group");
                        return m;
                    };

                    Resource.fromObject = function (d, q) {
                        if (d instanceof $root.opentelemetry.proto.resource.v1.Resource)
                            return d;
                        if (!$util.isObject(d))
                            throw $TypeError(".opentelemetry.proto.resource.v1.Resource: object expected");
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var m = new $root.opentelemetry.proto.resource.v1.Resource();
                        if (d.attributes) {
                            if (!$Array.isArray(d.attributes))
                                throw $TypeError(".opentelemetry.proto.resource.v1.Resource.attributes: array expected");
                            m.attributes = $Array(d.attributes.length);
                            for (var i = 0; i < d.attributes.length; ++i) {
                                if (!$util.isObject(d.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.resource.v1.Resource.attributes: object expected");
                                m.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(d.attributes[i], q + 1);
                            }
                        }
                        if (d.droppedAttributesCount != null) {
                            if ($Number(d.droppedAttributesCount) !== 0) {
                                m.droppedAttributesCount = d.droppedAttributesCount >>> 0;
                            }
                        }
                        return m;
                    };

                    Resource.toObject = function (m, o, q) {
                        if (!o)
                            o = {};
                        if (q === $undefined)
                            q = 0;
                        if (q > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        var d = {};
                        if (o.arrays || o.defaults) {
                            d.attributes = [];
                        }
                        if (o.defaults) {
                            d.droppedAttributesCount = 0;
                        }
                        if (m.attributes && m.attributes.length) {
                            d.attributes = $Array(m.attributes.length);
                            for (var j = 0; j < m.attributes.length; ++j) {
                                d.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(m.attributes[j], o, q + 1);
                            }
                        }
                        if (m.droppedAttributesCount != null && $Object.hasOwnProperty.call(m, "droppedAttributesCount")) {
                            d.droppedAttributesCount = m.droppedAttributesCount;
                        }
                        return d;
                    };

                    Resource.prototype.toJSON = function() {
                        return Resource.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    return Resource;
                })();

                return v1;
            })();

            return resource;
        })();

        return proto;
    })();

    return opentelemetry;
})();

export const google = $root.google = (() => {

    const google = {};

    google.protobuf = (function() {

        const protobuf = {};

        protobuf.Any = (function() {

            const Any = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Any.prototype.type_url = "";
            Any.prototype.value = $util.newBuffer([]);

            Any.create = function(properties) {
                return new Any(properties);
            };

            Any.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type_url != null && $Object.hasOwnProperty.call(m, "type_url") && m.type_url !== "")
                    w.uint32(10).string(m.type_url);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                    w.uint32(18).bytes(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Any.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.google.protobuf.Any();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type_url = v;
                            else
                                delete m.type_url;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            Any.fromObject = function (d, q) {
                if (d instanceof $root.google.protobuf.Any)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.protobuf.Any: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.protobuf.Any();
                if (d.type_url != null) {
                    if (typeof d.type_url !== "string" || d.type_url.length) {
                        m.type_url = $String(d.type_url);
                    }
                }
                if (d.value != null) {
                    if (d.value.length) {
                        if (typeof d.value === "string")
                            $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                        else if (d.value.length >= 0)
                            m.value = d.value;
                    }
                }
                return m;
            };

            Any.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_url = "";
                    if (o.bytes === $String)
                        d.value = "";
                    else {
                        d.value = [];
                        if (o.bytes !== $Array)
                            d.value = $util.newBuffer(d.value);
                    }
                }
                if (m.type_url != null && $Object.hasOwnProperty.call(m, "type_url")) {
                    d.type_url = m.type_url;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                }
                return d;
            };

            Any.prototype.toJSON = function() {
                return Any.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Any;
        })();

        return protobuf;
    })();

    google.rpc = (function() {

        const rpc = {};

        rpc.Status = (function() {

            const Status = function (p) {
                this.details = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            Status.prototype.code = 0;
            Status.prototype.message = "";
            Status.prototype.details = $util.emptyArray;

            Status.create = function(properties) {
                return new Status(properties);
            };

            Status.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                    w.uint32(8).int32(m.code);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(18).string(m.message);
                if (m.details != null && m.details.length) {
                    for (var i = 0; i < m.details.length; ++i)
                        $root.google.protobuf.Any.encode(m.details[i], w.uint32(26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            Status.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.google.rpc.Status();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.details && m.details.length))
                                m.details = [];
                            m.details.push($root.google.protobuf.Any.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            Status.fromObject = function (d, q) {
                if (d instanceof $root.google.rpc.Status)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.rpc.Status: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.rpc.Status();
                if (d.code != null) {
                    if ($Number(d.code) !== 0) {
                        m.code = d.code | 0;
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.details) {
                    if (!$Array.isArray(d.details))
                        throw $TypeError(".google.rpc.Status.details: array expected");
                    m.details = $Array(d.details.length);
                    for (var i = 0; i < d.details.length; ++i) {
                        if (!$util.isObject(d.details[i]))
                            throw $TypeError(".google.rpc.Status.details: object expected");
                        m.details[i] = $root.google.protobuf.Any.fromObject(d.details[i], q + 1);
                    }
                }
                return m;
            };

            Status.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.details = [];
                }
                if (o.defaults) {
                    d.code = 0;
                    d.message = "";
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.details && m.details.length) {
                    d.details = $Array(m.details.length);
                    for (var j = 0; j < m.details.length; ++j) {
                        d.details[j] = $root.google.protobuf.Any.toObject(m.details[j], o, q + 1);
                    }
                }
                return d;
            };

            Status.prototype.toJSON = function() {
                return Status.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Status;
        })();

        return rpc;
    })();

    return google;
})();

export const prometheus = $root.prometheus = (() => {

    const prometheus = {};

    prometheus.WriteRequest = (function() {

        const WriteRequest = function (p) {
            this.timeseries = [];
            this.metadata = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        WriteRequest.prototype.timeseries = $util.emptyArray;
        WriteRequest.prototype.metadata = $util.emptyArray;

        WriteRequest.create = function(properties) {
            return new WriteRequest(properties);
        };

        WriteRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.timeseries != null && m.timeseries.length) {
                for (var i = 0; i < m.timeseries.length; ++i)
                    $root.prometheus.TimeSeries.encode(m.timeseries[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.metadata != null && m.metadata.length) {
                for (var i = 0; i < m.metadata.length; ++i)
                    $root.prometheus.MetricMetadata.encode(m.metadata[i], w.uint32(26).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        WriteRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.prometheus.WriteRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.timeseries && m.timeseries.length))
                            m.timeseries = [];
                        m.timeseries.push($root.prometheus.TimeSeries.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.metadata && m.metadata.length))
                            m.metadata = [];
                        m.metadata.push($root.prometheus.MetricMetadata.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        WriteRequest.fromObject = function (d, q) {
            if (d instanceof $root.prometheus.WriteRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".prometheus.WriteRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.prometheus.WriteRequest();
            if (d.timeseries) {
                if (!$Array.isArray(d.timeseries))
                    throw $TypeError(".prometheus.WriteRequest.timeseries: array expected");
                m.timeseries = $Array(d.timeseries.length);
                for (var i = 0; i < d.timeseries.length; ++i) {
                    if (!$util.isObject(d.timeseries[i]))
                        throw $TypeError(".prometheus.WriteRequest.timeseries: object expected");
                    m.timeseries[i] = $root.prometheus.TimeSeries.fromObject(d.timeseries[i], q + 1);
                }
            }
            if (d.metadata) {
                if (!$Array.isArray(d.metadata))
                    throw $TypeError(".prometheus.WriteRequest.metadata: array expected");
                m.metadata = $Array(d.metadata.length);
                for (var i = 0; i < d.metadata.length; ++i) {
                    if (!$util.isObject(d.metadata[i]))
                        throw $TypeError(".prometheus.WriteRequest.metadata: object expected");
                    m.metadata[i] = $root.prometheus.MetricMetadata.fromObject(d.metadata[i], q + 1);
                }
            }
            return m;
        };

        WriteRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.timeseries = [];
                d.metadata = [];
            }
            if (m.timeseries && m.timeseries.length) {
                d.timeseries = $Array(m.timeseries.length);
                for (var j = 0; j < m.timeseries.length; ++j) {
                    d.timeseries[j] = $root.prometheus.TimeSeries.toObject(m.timeseries[j], o, q + 1);
                }
            }
            if (m.metadata && m.metadata.length) {
                d.metadata = $Array(m.metadata.length);
                for (var j = 0; j < m.metadata.length; ++j) {
                    d.metadata[j] = $root.prometheus.MetricMetadata.toObject(m.metadata[j], o, q + 1);
                }
            }
            return d;
        };

        WriteRequest.prototype.toJSON = function() {
            return WriteRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return WriteRequest;
    })();

    prometheus.MetricMetadata = (function() {

        const MetricMetadata = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        MetricMetadata.prototype.type = 0;
        MetricMetadata.prototype.metricFamilyName = "";
        MetricMetadata.prototype.help = "";
        MetricMetadata.prototype.unit = "";

        MetricMetadata.create = function(properties) {
            return new MetricMetadata(properties);
        };

        MetricMetadata.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                w.uint32(8).int32(m.type);
            if (m.metricFamilyName != null && $Object.hasOwnProperty.call(m, "metricFamilyName") && m.metricFamilyName !== "")
                w.uint32(18).string(m.metricFamilyName);
            if (m.help != null && $Object.hasOwnProperty.call(m, "help") && m.help !== "")
                w.uint32(34).string(m.help);
            if (m.unit != null && $Object.hasOwnProperty.call(m, "unit") && m.unit !== "")
                w.uint32(42).string(m.unit);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        MetricMetadata.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.prometheus.MetricMetadata();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.type = v;
                        else
                            delete m.type;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.metricFamilyName = v;
                        else
                            delete m.metricFamilyName;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.help = v;
                        else
                            delete m.help;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.unit = v;
                        else
                            delete m.unit;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        MetricMetadata.fromObject = function (d, q) {
            if (d instanceof $root.prometheus.MetricMetadata)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".prometheus.MetricMetadata: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.prometheus.MetricMetadata();
            if (d.type !== 0 && (typeof d.type !== "string" || $root.prometheus.MetricMetadata.MetricType[d.type] !== 0)) {
                switch (d.type) {
                case "UNKNOWN":
                case 0:
                    m.type = 0;
                    break;
                case "COUNTER":
                case 1:
                    m.type = 1;
                    break;
                case "GAUGE":
                case 2:
                    m.type = 2;
                    break;
                case "HISTOGRAM":
                case 3:
                    m.type = 3;
                    break;
                case "GAUGEHISTOGRAM":
                case 4:
                    m.type = 4;
                    break;
                case "SUMMARY":
                case 5:
                    m.type = 5;
                    break;
                case "INFO":
                case 6:
                    m.type = 6;
                    break;
                case "STATESET":
                case 7:
                    m.type = 7;
                    break;
                default:
                    if (typeof d.type === "number" && (d.type | 0) === d.type)
                        m.type = d.type;
                }
            }
            if (d.metricFamilyName != null) {
                if (typeof d.metricFamilyName !== "string" || d.metricFamilyName.length) {
                    m.metricFamilyName = $String(d.metricFamilyName);
                }
            }
            if (d.help != null) {
                if (typeof d.help !== "string" || d.help.length) {
                    m.help = $String(d.help);
                }
            }
            if (d.unit != null) {
                if (typeof d.unit !== "string" || d.unit.length) {
                    m.unit = $String(d.unit);
                }
            }
            return m;
        };

        MetricMetadata.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.type = o.enums === $String ? "UNKNOWN" : 0;
                d.metricFamilyName = "";
                d.help = "";
                d.unit = "";
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                d.type = o.enums === $String ? $root.prometheus.MetricMetadata.MetricType[m.type] === $undefined ? m.type : $root.prometheus.MetricMetadata.MetricType[m.type] : m.type;
            }
            if (m.metricFamilyName != null && $Object.hasOwnProperty.call(m, "metricFamilyName")) {
                d.metricFamilyName = m.metricFamilyName;
            }
            if (m.help != null && $Object.hasOwnProperty.call(m, "help")) {
                d.help = m.help;
            }
            if (m.unit != null && $Object.hasOwnProperty.call(m, "unit")) {
                d.unit = m.unit;
            }
            return d;
        };

        MetricMetadata.prototype.toJSON = function() {
            return MetricMetadata.toObject(this, $protobuf.util.toJSONOptions);
        };

        MetricMetadata.MetricType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "COUNTER"] = 1;
            values[valuesById[2] = "GAUGE"] = 2;
            values[valuesById[3] = "HISTOGRAM"] = 3;
            values[valuesById[4] = "GAUGEHISTOGRAM"] = 4;
            values[valuesById[5] = "SUMMARY"] = 5;
            values[valuesById[6] = "INFO"] = 6;
            values[valuesById[7] = "STATESET"] = 7;
            return values;
        })();

        return MetricMetadata;
    })();

    prometheus.Sample = (function() {

        const Sample = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Sample.prototype.value = 0;
        Sample.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        Sample.create = function(properties) {
            return new Sample(properties);
        };

        Sample.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.value != null && $Object.hasOwnProperty.call(m, "value") && !$Object.is(m.value, 0))
                w.uint32(9).double(m.value);
            if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp") && (typeof m.timestamp === "object" ? m.timestamp.low || m.timestamp.high : m.timestamp !== 0))
                w.uint32(16).int64(m.timestamp);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Sample.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.prometheus.Sample();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.value = v;
                        else
                            delete m.value;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.timestamp = v;
                        else
                            delete m.timestamp;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Sample.fromObject = function (d, q) {
            if (d instanceof $root.prometheus.Sample)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".prometheus.Sample: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.prometheus.Sample();
            if (d.value != null) {
                if (!$Object.is($Number(d.value), 0)) {
                    m.value = $Number(d.value);
                }
            }
            if (d.timestamp != null) {
                if (typeof d.timestamp === "object" ? d.timestamp.low || d.timestamp.high : $Number(d.timestamp) !== 0) {
                    if ($util.Long)
                        m.timestamp = $util.Long.fromValue(d.timestamp, false);
                    else if (typeof d.timestamp === "string")
                        m.timestamp = $parseInt(d.timestamp, 10);
                    else if (typeof d.timestamp === "number")
                        m.timestamp = d.timestamp;
                    else if (typeof d.timestamp === "object")
                        m.timestamp = new $util.LongBits(d.timestamp.low >>> 0, d.timestamp.high >>> 0).toNumber();
                }
            }
            return m;
        };

        Sample.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.value = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.timestamp = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.timestamp = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                d.value = o.json && !$isFinite(m.value) ? $String(m.value) : m.value;
            }
            if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.timestamp = typeof m.timestamp === "number" ? $BigInt(m.timestamp) : $util.Long.fromBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0, false).toBigInt();
                else if (typeof m.timestamp === "number")
                    d.timestamp = o.longs === $String ? $String(m.timestamp) : m.timestamp;
                else
                    d.timestamp = o.longs === $String ? $util.Long.prototype.toString.call(m.timestamp) : o.longs === $Number ? new $util.LongBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0).toNumber() : m.timestamp;
            }
            return d;
        };

        Sample.prototype.toJSON = function() {
            return Sample.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Sample;
    })();

    prometheus.Exemplar = (function() {

        const Exemplar = function (p) {
            this.labels = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Exemplar.prototype.labels = $util.emptyArray;
        Exemplar.prototype.value = 0;
        Exemplar.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        Exemplar.create = function(properties) {
            return new Exemplar(properties);
        };

        Exemplar.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.labels != null && m.labels.length) {
                for (var i = 0; i < m.labels.length; ++i)
                    $root.prometheus.Label.encode(m.labels[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.value != null && $Object.hasOwnProperty.call(m, "value") && !$Object.is(m.value, 0))
                w.uint32(17).double(m.value);
            if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp") && (typeof m.timestamp === "object" ? m.timestamp.low || m.timestamp.high : m.timestamp !== 0))
                w.uint32(24).int64(m.timestamp);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Exemplar.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.prometheus.Exemplar();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.labels && m.labels.length))
                            m.labels = [];
                        m.labels.push($root.prometheus.Label.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.value = v;
                        else
                            delete m.value;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.timestamp = v;
                        else
                            delete m.timestamp;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Exemplar.fromObject = function (d, q) {
            if (d instanceof $root.prometheus.Exemplar)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".prometheus.Exemplar: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.prometheus.Exemplar();
            if (d.labels) {
                if (!$Array.isArray(d.labels))
                    throw $TypeError(".prometheus.Exemplar.labels: array expected");
                m.labels = $Array(d.labels.length);
                for (var i = 0; i < d.labels.length; ++i) {
                    if (!$util.isObject(d.labels[i]))
                        throw $TypeError(".prometheus.Exemplar.labels: object expected");
                    m.labels[i] = $root.prometheus.Label.fromObject(d.labels[i], q + 1);
                }
            }
            if (d.value != null) {
                if (!$Object.is($Number(d.value), 0)) {
                    m.value = $Number(d.value);
                }
            }
            if (d.timestamp != null) {
                if (typeof d.timestamp === "object" ? d.timestamp.low || d.timestamp.high : $Number(d.timestamp) !== 0) {
                    if ($util.Long)
                        m.timestamp = $util.Long.fromValue(d.timestamp, false);
                    else if (typeof d.timestamp === "string")
                        m.timestamp = $parseInt(d.timestamp, 10);
                    else if (typeof d.timestamp === "number")
                        m.timestamp = d.timestamp;
                    else if (typeof d.timestamp === "object")
                        m.timestamp = new $util.LongBits(d.timestamp.low >>> 0, d.timestamp.high >>> 0).toNumber();
                }
            }
            return m;
        };

        Exemplar.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.labels = [];
            }
            if (o.defaults) {
                d.value = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.timestamp = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.timestamp = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.labels && m.labels.length) {
                d.labels = $Array(m.labels.length);
                for (var j = 0; j < m.labels.length; ++j) {
                    d.labels[j] = $root.prometheus.Label.toObject(m.labels[j], o, q + 1);
                }
            }
            if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                d.value = o.json && !$isFinite(m.value) ? $String(m.value) : m.value;
            }
            if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.timestamp = typeof m.timestamp === "number" ? $BigInt(m.timestamp) : $util.Long.fromBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0, false).toBigInt();
                else if (typeof m.timestamp === "number")
                    d.timestamp = o.longs === $String ? $String(m.timestamp) : m.timestamp;
                else
                    d.timestamp = o.longs === $String ? $util.Long.prototype.toString.call(m.timestamp) : o.longs === $Number ? new $util.LongBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0).toNumber() : m.timestamp;
            }
            return d;
        };

        Exemplar.prototype.toJSON = function() {
            return Exemplar.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Exemplar;
    })();

    prometheus.Histogram = (function() {

        const Histogram = function (p) {
            this.negativeSpans = [];
            this.negativeDeltas = [];
            this.negativeCounts = [];
            this.positiveSpans = [];
            this.positiveDeltas = [];
            this.positiveCounts = [];
            this.customValues = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Histogram.prototype.countInt = null;
        Histogram.prototype.countFloat = null;
        Histogram.prototype.sum = 0;
        Histogram.prototype.schema = 0;
        Histogram.prototype.zeroThreshold = 0;
        Histogram.prototype.zeroCountInt = null;
        Histogram.prototype.zeroCountFloat = null;
        Histogram.prototype.negativeSpans = $util.emptyArray;
        Histogram.prototype.negativeDeltas = $util.emptyArray;
        Histogram.prototype.negativeCounts = $util.emptyArray;
        Histogram.prototype.positiveSpans = $util.emptyArray;
        Histogram.prototype.positiveDeltas = $util.emptyArray;
        Histogram.prototype.positiveCounts = $util.emptyArray;
        Histogram.prototype.resetHint = 0;
        Histogram.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Histogram.prototype.customValues = $util.emptyArray;

        let $oneOfFields;

        $Object.defineProperty(Histogram.prototype, "count", {
            get: $util.oneOfGetter($oneOfFields = ["countInt", "countFloat"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        $Object.defineProperty(Histogram.prototype, "zeroCount", {
            get: $util.oneOfGetter($oneOfFields = ["zeroCountInt", "zeroCountFloat"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        Histogram.create = function(properties) {
            return new Histogram(properties);
        };

        Histogram.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.countInt != null && $Object.hasOwnProperty.call(m, "countInt"))
                w.uint32(8).uint64(m.countInt);
            if (m.countFloat != null && $Object.hasOwnProperty.call(m, "countFloat"))
                w.uint32(17).double(m.countFloat);
            if (m.sum != null && $Object.hasOwnProperty.call(m, "sum") && !$Object.is(m.sum, 0))
                w.uint32(25).double(m.sum);
            if (m.schema != null && $Object.hasOwnProperty.call(m, "schema") && m.schema !== 0)
                w.uint32(32).sint32(m.schema);
            if (m.zeroThreshold != null && $Object.hasOwnProperty.call(m, "zeroThreshold") && !$Object.is(m.zeroThreshold, 0))
                w.uint32(41).double(m.zeroThreshold);
            if (m.zeroCountInt != null && $Object.hasOwnProperty.call(m, "zeroCountInt"))
                w.uint32(48).uint64(m.zeroCountInt);
            if (m.zeroCountFloat != null && $Object.hasOwnProperty.call(m, "zeroCountFloat"))
                w.uint32(57).double(m.zeroCountFloat);
            if (m.negativeSpans != null && m.negativeSpans.length) {
                for (var i = 0; i < m.negativeSpans.length; ++i)
                    $root.prometheus.BucketSpan.encode(m.negativeSpans[i], w.uint32(66).fork(), q + 1).ldelim();
            }
            if (m.negativeDeltas != null && m.negativeDeltas.length) {
                w.uint32(74).sint64s(m.negativeDeltas);
            }
            if (m.negativeCounts != null && m.negativeCounts.length) {
                w.uint32(82).doubles(m.negativeCounts);
            }
            if (m.positiveSpans != null && m.positiveSpans.length) {
                for (var i = 0; i < m.positiveSpans.length; ++i)
                    $root.prometheus.BucketSpan.encode(m.positiveSpans[i], w.uint32(90).fork(), q + 1).ldelim();
            }
            if (m.positiveDeltas != null && m.positiveDeltas.length) {
                w.uint32(98).sint64s(m.positiveDeltas);
            }
            if (m.positiveCounts != null && m.positiveCounts.length) {
                w.uint32(106).doubles(m.positiveCounts);
            }
            if (m.resetHint != null && $Object.hasOwnProperty.call(m, "resetHint") && m.resetHint !== 0)
                w.uint32(112).int32(m.resetHint);
            if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp") && (typeof m.timestamp === "object" ? m.timestamp.low || m.timestamp.high : m.timestamp !== 0))
                w.uint32(120).int64(m.timestamp);
            if (m.customValues != null && m.customValues.length) {
                w.uint32(130).doubles(m.customValues);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Histogram.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.prometheus.Histogram();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        m.countInt = r.uint64();
                        m.count = "countInt";
                        continue;
                    }
                case 2: {
                        if (u !== 1)
                            break;
                        m.countFloat = r.double();
                        m.count = "countFloat";
                        continue;
                    }
                case 3: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.sum = v;
                        else
                            delete m.sum;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.sint32())
                            m.schema = v;
                        else
                            delete m.schema;
                        continue;
                    }
                case 5: {
                        if (u !== 1)
                            break;
                        if (!$Object.is(v = r.double(), 0))
                            m.zeroThreshold = v;
                        else
                            delete m.zeroThreshold;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        m.zeroCountInt = r.uint64();
                        m.zeroCount = "zeroCountInt";
                        continue;
                    }
                case 7: {
                        if (u !== 1)
                            break;
                        m.zeroCountFloat = r.double();
                        m.zeroCount = "zeroCountFloat";
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if (!(m.negativeSpans && m.negativeSpans.length))
                            m.negativeSpans = [];
                        m.negativeSpans.push($root.prometheus.BucketSpan.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 9: {
                        if (u === 2) {
                            if (!(m.negativeDeltas && m.negativeDeltas.length))
                                m.negativeDeltas = [];
                            r.sint64s(m.negativeDeltas);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.negativeDeltas && m.negativeDeltas.length))
                            m.negativeDeltas = [];
                        m.negativeDeltas.push(r.sint64());
                        continue;
                    }
                case 10: {
                        if (u === 2) {
                            if (!(m.negativeCounts && m.negativeCounts.length))
                                m.negativeCounts = [];
                            r.doubles(m.negativeCounts);
                            continue;
                        }
                        if (u !== 1)
                            break;
                        if (!(m.negativeCounts && m.negativeCounts.length))
                            m.negativeCounts = [];
                        m.negativeCounts.push(r.double());
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        if (!(m.positiveSpans && m.positiveSpans.length))
                            m.positiveSpans = [];
                        m.positiveSpans.push($root.prometheus.BucketSpan.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 12: {
                        if (u === 2) {
                            if (!(m.positiveDeltas && m.positiveDeltas.length))
                                m.positiveDeltas = [];
                            r.sint64s(m.positiveDeltas);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.positiveDeltas && m.positiveDeltas.length))
                            m.positiveDeltas = [];
                        m.positiveDeltas.push(r.sint64());
                        continue;
                    }
                case 13: {
                        if (u === 2) {
                            if (!(m.positiveCounts && m.positiveCounts.length))
                                m.positiveCounts = [];
                            r.doubles(m.positiveCounts);
                            continue;
                        }
                        if (u !== 1)
                            break;
                        if (!(m.positiveCounts && m.positiveCounts.length))
                            m.positiveCounts = [];
                        m.positiveCounts.push(r.double());
                        continue;
                    }
                case 14: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.resetHint = v;
                        else
                            delete m.resetHint;
                        continue;
                    }
                case 15: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.timestamp = v;
                        else
                            delete m.timestamp;
                        continue;
                    }
                case 16: {
                        if (u === 2) {
                            if (!(m.customValues && m.customValues.length))
                                m.customValues = [];
                            r.doubles(m.customValues);
                            continue;
                        }
                        if (u !== 1)
                            break;
                        if (!(m.customValues && m.customValues.length))
                            m.customValues = [];
                        m.customValues.push(r.double());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Histogram.fromObject = function (d, q) {
            if (d instanceof $root.prometheus.Histogram)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".prometheus.Histogram: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.prometheus.Histogram();
            if (d.countInt != null) {
                if ($util.Long)
                    m.countInt = $util.Long.fromValue(d.countInt, true);
                else if (typeof d.countInt === "string")
                    m.countInt = $parseInt(d.countInt, 10);
                else if (typeof d.countInt === "number")
                    m.countInt = d.countInt;
                else if (typeof d.countInt === "object")
                    m.countInt = new $util.LongBits(d.countInt.low >>> 0, d.countInt.high >>> 0).toNumber(true);
            }
            if (d.countFloat != null) {
                m.countFloat = $Number(d.countFloat);
            }
            if (d.sum != null) {
                if (!$Object.is($Number(d.sum), 0)) {
                    m.sum = $Number(d.sum);
                }
            }
            if (d.schema != null) {
                if ($Number(d.schema) !== 0) {
                    m.schema = d.schema | 0;
                }
            }
            if (d.zeroThreshold != null) {
                if (!$Object.is($Number(d.zeroThreshold), 0)) {
                    m.zeroThreshold = $Number(d.zeroThreshold);
                }
            }
            if (d.zeroCountInt != null) {
                if ($util.Long)
                    m.zeroCountInt = $util.Long.fromValue(d.zeroCountInt, true);
                else if (typeof d.zeroCountInt === "string")
                    m.zeroCountInt = $parseInt(d.zeroCountInt, 10);
                else if (typeof d.zeroCountInt === "number")
                    m.zeroCountInt = d.zeroCountInt;
                else if (typeof d.zeroCountInt === "object")
                    m.zeroCountInt = new $util.LongBits(d.zeroCountInt.low >>> 0, d.zeroCountInt.high >>> 0).toNumber(true);
            }
            if (d.zeroCountFloat != null) {
                m.zeroCountFloat = $Number(d.zeroCountFloat);
            }
            if (d.negativeSpans) {
                if (!$Array.isArray(d.negativeSpans))
                    throw $TypeError(".prometheus.Histogram.negativeSpans: array expected");
                m.negativeSpans = $Array(d.negativeSpans.length);
                for (var i = 0; i < d.negativeSpans.length; ++i) {
                    if (!$util.isObject(d.negativeSpans[i]))
                        throw $TypeError(".prometheus.Histogram.negativeSpans: object expected");
                    m.negativeSpans[i] = $root.prometheus.BucketSpan.fromObject(d.negativeSpans[i], q + 1);
                }
            }
            if (d.negativeDeltas) {
                if (!$Array.isArray(d.negativeDeltas))
                    throw $TypeError(".prometheus.Histogram.negativeDeltas: array expected");
                m.negativeDeltas = $Array(d.negativeDeltas.length);
                for (var i = 0; i < d.negativeDeltas.length; ++i) {
                    if ($util.Long)
                        m.negativeDeltas[i] = $util.Long.fromValue(d.negativeDeltas[i], false);
                    else if (typeof d.negativeDeltas[i] === "string")
                        m.negativeDeltas[i] = $parseInt(d.negativeDeltas[i], 10);
                    else if (typeof d.negativeDeltas[i] === "number")
                        m.negativeDeltas[i] = d.negativeDeltas[i];
                    else if (typeof d.negativeDeltas[i] === "object")
                        m.negativeDeltas[i] = new $util.LongBits(d.negativeDeltas[i].low >>> 0, d.negativeDeltas[i].high >>> 0).toNumber();
                }
            }
            if (d.negativeCounts) {
                if (!$Array.isArray(d.negativeCounts))
                    throw $TypeError(".prometheus.Histogram.negativeCounts: array expected");
                m.negativeCounts = $Array(d.negativeCounts.length);
                for (var i = 0; i < d.negativeCounts.length; ++i) {
                    m.negativeCounts[i] = $Number(d.negativeCounts[i]);
                }
            }
            if (d.positiveSpans) {
                if (!$Array.isArray(d.positiveSpans))
                    throw $TypeError(".prometheus.Histogram.positiveSpans: array expected");
                m.positiveSpans = $Array(d.positiveSpans.length);
                for (var i = 0; i < d.positiveSpans.length; ++i) {
                    if (!$util.isObject(d.positiveSpans[i]))
                        throw $TypeError(".prometheus.Histogram.positiveSpans: object expected");
                    m.positiveSpans[i] = $root.prometheus.BucketSpan.fromObject(d.positiveSpans[i], q + 1);
                }
            }
            if (d.positiveDeltas) {
                if (!$Array.isArray(d.positiveDeltas))
                    throw $TypeError(".prometheus.Histogram.positiveDeltas: array expected");
                m.positiveDeltas = $Array(d.positiveDeltas.length);
                for (var i = 0; i < d.positiveDeltas.length; ++i) {
                    if ($util.Long)
                        m.positiveDeltas[i] = $util.Long.fromValue(d.positiveDeltas[i], false);
                    else if (typeof d.positiveDeltas[i] === "string")
                        m.positiveDeltas[i] = $parseInt(d.positiveDeltas[i], 10);
                    else if (typeof d.positiveDeltas[i] === "number")
                        m.positiveDeltas[i] = d.positiveDeltas[i];
                    else if (typeof d.positiveDeltas[i] === "object")
                        m.positiveDeltas[i] = new $util.LongBits(d.positiveDeltas[i].low >>> 0, d.positiveDeltas[i].high >>> 0).toNumber();
                }
            }
            if (d.positiveCounts) {
                if (!$Array.isArray(d.positiveCounts))
                    throw $TypeError(".prometheus.Histogram.positiveCounts: array expected");
                m.positiveCounts = $Array(d.positiveCounts.length);
                for (var i = 0; i < d.positiveCounts.length; ++i) {
                    m.positiveCounts[i] = $Number(d.positiveCounts[i]);
                }
            }
            if (d.resetHint !== 0 && (typeof d.resetHint !== "string" || $root.prometheus.Histogram.ResetHint[d.resetHint] !== 0)) {
                switch (d.resetHint) {
                case "UNKNOWN":
                case 0:
                    m.resetHint = 0;
                    break;
                case "YES":
                case 1:
                    m.resetHint = 1;
                    break;
                case "NO":
                case 2:
                    m.resetHint = 2;
                    break;
                case "GAUGE":
                case 3:
                    m.resetHint = 3;
                    break;
                default:
                    if (typeof d.resetHint === "number" && (d.resetHint | 0) === d.resetHint)
                        m.resetHint = d.resetHint;
                }
            }
            if (d.timestamp != null) {
                if (typeof d.timestamp === "object" ? d.timestamp.low || d.timestamp.high : $Number(d.timestamp) !== 0) {
                    if ($util.Long)
                        m.timestamp = $util.Long.fromValue(d.timestamp, false);
                    else if (typeof d.timestamp === "string")
                        m.timestamp = $parseInt(d.timestamp, 10);
                    else if (typeof d.timestamp === "number")
                        m.timestamp = d.timestamp;
                    else if (typeof d.timestamp === "object")
                        m.timestamp = new $util.LongBits(d.timestamp.low >>> 0, d.timestamp.high >>> 0).toNumber();
                }
            }
            if (d.customValues) {
                if (!$Array.isArray(d.customValues))
                    throw $TypeError(".prometheus.Histogram.customValues: array expected");
                m.customValues = $Array(d.customValues.length);
                for (var i = 0; i < d.customValues.length; ++i) {
                    m.customValues[i] = $Number(d.customValues[i]);
                }
            }
            return m;
        };

        Histogram.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.negativeSpans = [];
                d.negativeDeltas = [];
                d.negativeCounts = [];
                d.positiveSpans = [];
                d.positiveDeltas = [];
                d.positiveCounts = [];
                d.customValues = [];
            }
            if (o.defaults) {
                d.sum = 0;
                d.schema = 0;
                d.zeroThreshold = 0;
                d.resetHint = o.enums === $String ? "UNKNOWN" : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.timestamp = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.timestamp = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.countInt != null && $Object.hasOwnProperty.call(m, "countInt")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.countInt = typeof m.countInt === "number" ? $BigInt(m.countInt) : $util.Long.fromBits(m.countInt.low >>> 0, m.countInt.high >>> 0, true).toBigInt();
                else if (typeof m.countInt === "number")
                    d.countInt = o.longs === $String ? $String(m.countInt) : m.countInt;
                else
                    d.countInt = o.longs === $String ? $util.Long.prototype.toString.call(m.countInt) : o.longs === $Number ? new $util.LongBits(m.countInt.low >>> 0, m.countInt.high >>> 0).toNumber(true) : m.countInt;
                if (o.oneofs)
                    d.count = "countInt";
            }
            if (m.countFloat != null && $Object.hasOwnProperty.call(m, "countFloat")) {
                d.countFloat = o.json && !$isFinite(m.countFloat) ? $String(m.countFloat) : m.countFloat;
                if (o.oneofs)
                    d.count = "countFloat";
            }
            if (m.sum != null && $Object.hasOwnProperty.call(m, "sum")) {
                d.sum = o.json && !$isFinite(m.sum) ? $String(m.sum) : m.sum;
            }
            if (m.schema != null && $Object.hasOwnProperty.call(m, "schema")) {
                d.schema = m.schema;
            }
            if (m.zeroThreshold != null && $Object.hasOwnProperty.call(m, "zeroThreshold")) {
                d.zeroThreshold = o.json && !$isFinite(m.zeroThreshold) ? $String(m.zeroThreshold) : m.zeroThreshold;
            }
            if (m.zeroCountInt != null && $Object.hasOwnProperty.call(m, "zeroCountInt")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.zeroCountInt = typeof m.zeroCountInt === "number" ? $BigInt(m.zeroCountInt) : $util.Long.fromBits(m.zeroCountInt.low >>> 0, m.zeroCountInt.high >>> 0, true).toBigInt();
                else if (typeof m.zeroCountInt === "number")
                    d.zeroCountInt = o.longs === $String ? $String(m.zeroCountInt) : m.zeroCountInt;
                else
                    d.zeroCountInt = o.longs === $String ? $util.Long.prototype.toString.call(m.zeroCountInt) : o.longs === $Number ? new $util.LongBits(m.zeroCountInt.low >>> 0, m.zeroCountInt.high >>> 0).toNumber(true) : m.zeroCountInt;
                if (o.oneofs)
                    d.zeroCount = "zeroCountInt";
            }
            if (m.zeroCountFloat != null && $Object.hasOwnProperty.call(m, "zeroCountFloat")) {
                d.zeroCountFloat = o.json && !$isFinite(m.zeroCountFloat) ? $String(m.zeroCountFloat) : m.zeroCountFloat;
                if (o.oneofs)
                    d.zeroCount = "zeroCountFloat";
            }
            if (m.negativeSpans && m.negativeSpans.length) {
                d.negativeSpans = $Array(m.negativeSpans.length);
                for (var j = 0; j < m.negativeSpans.length; ++j) {
                    d.negativeSpans[j] = $root.prometheus.BucketSpan.toObject(m.negativeSpans[j], o, q + 1);
                }
            }
            if (m.negativeDeltas && m.negativeDeltas.length) {
                d.negativeDeltas = $Array(m.negativeDeltas.length);
                for (var j = 0; j < m.negativeDeltas.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.negativeDeltas[j] = typeof m.negativeDeltas[j] === "number" ? $BigInt(m.negativeDeltas[j]) : $util.Long.fromBits(m.negativeDeltas[j].low >>> 0, m.negativeDeltas[j].high >>> 0, false).toBigInt();
                    else if (typeof m.negativeDeltas[j] === "number")
                        d.negativeDeltas[j] = o.longs === $String ? $String(m.negativeDeltas[j]) : m.negativeDeltas[j];
                    else
                        d.negativeDeltas[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.negativeDeltas[j]) : o.longs === $Number ? new $util.LongBits(m.negativeDeltas[j].low >>> 0, m.negativeDeltas[j].high >>> 0).toNumber() : m.negativeDeltas[j];
                }
            }
            if (m.negativeCounts && m.negativeCounts.length) {
                d.negativeCounts = $Array(m.negativeCounts.length);
                for (var j = 0; j < m.negativeCounts.length; ++j) {
                    d.negativeCounts[j] = o.json && !$isFinite(m.negativeCounts[j]) ? $String(m.negativeCounts[j]) : m.negativeCounts[j];
                }
            }
            if (m.positiveSpans && m.positiveSpans.length) {
                d.positiveSpans = $Array(m.positiveSpans.length);
                for (var j = 0; j < m.positiveSpans.length; ++j) {
                    d.positiveSpans[j] = $root.prometheus.BucketSpan.toObject(m.positiveSpans[j], o, q + 1);
                }
            }
            if (m.positiveDeltas && m.positiveDeltas.length) {
                d.positiveDeltas = $Array(m.positiveDeltas.length);
                for (var j = 0; j < m.positiveDeltas.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.positiveDeltas[j] = typeof m.positiveDeltas[j] === "number" ? $BigInt(m.positiveDeltas[j]) : $util.Long.fromBits(m.positiveDeltas[j].low >>> 0, m.positiveDeltas[j].high >>> 0, false).toBigInt();
                    else if (typeof m.positiveDeltas[j] === "number")
                        d.positiveDeltas[j] = o.longs === $String ? $String(m.positiveDeltas[j]) : m.positiveDeltas[j];
                    else
                        d.positiveDeltas[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.positiveDeltas[j]) : o.longs === $Number ? new $util.LongBits(m.positiveDeltas[j].low >>> 0, m.positiveDeltas[j].high >>> 0).toNumber() : m.positiveDeltas[j];
                }
            }
            if (m.positiveCounts && m.positiveCounts.length) {
                d.positiveCounts = $Array(m.positiveCounts.length);
                for (var j = 0; j < m.positiveCounts.length; ++j) {
                    d.positiveCounts[j] = o.json && !$isFinite(m.positiveCounts[j]) ? $String(m.positiveCounts[j]) : m.positiveCounts[j];
                }
            }
            if (m.resetHint != null && $Object.hasOwnProperty.call(m, "resetHint")) {
                d.resetHint = o.enums === $String ? $root.prometheus.Histogram.ResetHint[m.resetHint] === $undefined ? m.resetHint : $root.prometheus.Histogram.ResetHint[m.resetHint] : m.resetHint;
            }
            if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.timestamp = typeof m.timestamp === "number" ? $BigInt(m.timestamp) : $util.Long.fromBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0, false).toBigInt();
                else if (typeof m.timestamp === "number")
                    d.timestamp = o.longs === $String ? $String(m.timestamp) : m.timestamp;
                else
                    d.timestamp = o.longs === $String ? $util.Long.prototype.toString.call(m.timestamp) : o.longs === $Number ? new $util.LongBits(m.timestamp.low >>> 0, m.timestamp.high >>> 0).toNumber() : m.timestamp;
            }
            if (m.customValues && m.customValues.length) {
                d.customValues = $Array(m.customValues.length);
                for (var j = 0; j < m.customValues.length; ++j) {
                    d.customValues[j] = o.json && !$isFinite(m.customValues[j]) ? $String(m.customValues[j]) : m.customValues[j];
                }
            }
            return d;
        };

        Histogram.prototype.toJSON = function() {
            return Histogram.toObject(this, $protobuf.util.toJSONOptions);
        };

        Histogram.ResetHint = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "YES"] = 1;
            values[valuesById[2] = "NO"] = 2;
            values[valuesById[3] = "GAUGE"] = 3;
            return values;
        })();

        return Histogram;
    })();

    prometheus.BucketSpan = (function() {

        const BucketSpan = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        BucketSpan.prototype.offset = 0;
        BucketSpan.prototype.length = 0;

        BucketSpan.create = function(properties) {
            return new BucketSpan(properties);
        };

        BucketSpan.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && m.offset !== 0)
                w.uint32(8).sint32(m.offset);
            if (m.length != null && $Object.hasOwnProperty.call(m, "length") && m.length !== 0)
                w.uint32(16).uint32(m.length);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        BucketSpan.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.prometheus.BucketSpan();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.sint32())
                            m.offset = v;
                        else
                            delete m.offset;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.length = v;
                        else
                            delete m.length;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        BucketSpan.fromObject = function (d, q) {
            if (d instanceof $root.prometheus.BucketSpan)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".prometheus.BucketSpan: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.prometheus.BucketSpan();
            if (d.offset != null) {
                if ($Number(d.offset) !== 0) {
                    m.offset = d.offset | 0;
                }
            }
            if (d.length != null) {
                if ($Number(d.length) !== 0) {
                    m.length = d.length >>> 0;
                }
            }
            return m;
        };

        BucketSpan.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.offset = 0;
                d.length = 0;
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                d.offset = m.offset;
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                d.length = m.length;
            }
            return d;
        };

        BucketSpan.prototype.toJSON = function() {
            return BucketSpan.toObject(this, $protobuf.util.toJSONOptions);
        };

        return BucketSpan;
    })();

    prometheus.TimeSeries = (function() {

        const TimeSeries = function (p) {
            this.labels = [];
            this.samples = [];
            this.exemplars = [];
            this.histograms = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        TimeSeries.prototype.labels = $util.emptyArray;
        TimeSeries.prototype.samples = $util.emptyArray;
        TimeSeries.prototype.exemplars = $util.emptyArray;
        TimeSeries.prototype.histograms = $util.emptyArray;

        TimeSeries.create = function(properties) {
            return new TimeSeries(properties);
        };

        TimeSeries.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.labels != null && m.labels.length) {
                for (var i = 0; i < m.labels.length; ++i)
                    $root.prometheus.Label.encode(m.labels[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.samples != null && m.samples.length) {
                for (var i = 0; i < m.samples.length; ++i)
                    $root.prometheus.Sample.encode(m.samples[i], w.uint32(18).fork(), q + 1).ldelim();
            }
            if (m.exemplars != null && m.exemplars.length) {
                for (var i = 0; i < m.exemplars.length; ++i)
                    $root.prometheus.Exemplar.encode(m.exemplars[i], w.uint32(26).fork(), q + 1).ldelim();
            }
            if (m.histograms != null && m.histograms.length) {
                for (var i = 0; i < m.histograms.length; ++i)
                    $root.prometheus.Histogram.encode(m.histograms[i], w.uint32(34).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        TimeSeries.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.prometheus.TimeSeries();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.labels && m.labels.length))
                            m.labels = [];
                        m.labels.push($root.prometheus.Label.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.samples && m.samples.length))
                            m.samples = [];
                        m.samples.push($root.prometheus.Sample.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.exemplars && m.exemplars.length))
                            m.exemplars = [];
                        m.exemplars.push($root.prometheus.Exemplar.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.histograms && m.histograms.length))
                            m.histograms = [];
                        m.histograms.push($root.prometheus.Histogram.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        TimeSeries.fromObject = function (d, q) {
            if (d instanceof $root.prometheus.TimeSeries)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".prometheus.TimeSeries: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.prometheus.TimeSeries();
            if (d.labels) {
                if (!$Array.isArray(d.labels))
                    throw $TypeError(".prometheus.TimeSeries.labels: array expected");
                m.labels = $Array(d.labels.length);
                for (var i = 0; i < d.labels.length; ++i) {
                    if (!$util.isObject(d.labels[i]))
                        throw $TypeError(".prometheus.TimeSeries.labels: object expected");
                    m.labels[i] = $root.prometheus.Label.fromObject(d.labels[i], q + 1);
                }
            }
            if (d.samples) {
                if (!$Array.isArray(d.samples))
                    throw $TypeError(".prometheus.TimeSeries.samples: array expected");
                m.samples = $Array(d.samples.length);
                for (var i = 0; i < d.samples.length; ++i) {
                    if (!$util.isObject(d.samples[i]))
                        throw $TypeError(".prometheus.TimeSeries.samples: object expected");
                    m.samples[i] = $root.prometheus.Sample.fromObject(d.samples[i], q + 1);
                }
            }
            if (d.exemplars) {
                if (!$Array.isArray(d.exemplars))
                    throw $TypeError(".prometheus.TimeSeries.exemplars: array expected");
                m.exemplars = $Array(d.exemplars.length);
                for (var i = 0; i < d.exemplars.length; ++i) {
                    if (!$util.isObject(d.exemplars[i]))
                        throw $TypeError(".prometheus.TimeSeries.exemplars: object expected");
                    m.exemplars[i] = $root.prometheus.Exemplar.fromObject(d.exemplars[i], q + 1);
                }
            }
            if (d.histograms) {
                if (!$Array.isArray(d.histograms))
                    throw $TypeError(".prometheus.TimeSeries.histograms: array expected");
                m.histograms = $Array(d.histograms.length);
                for (var i = 0; i < d.histograms.length; ++i) {
                    if (!$util.isObject(d.histograms[i]))
                        throw $TypeError(".prometheus.TimeSeries.histograms: object expected");
                    m.histograms[i] = $root.prometheus.Histogram.fromObject(d.histograms[i], q + 1);
                }
            }
            return m;
        };

        TimeSeries.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.labels = [];
                d.samples = [];
                d.exemplars = [];
                d.histograms = [];
            }
            if (m.labels && m.labels.length) {
                d.labels = $Array(m.labels.length);
                for (var j = 0; j < m.labels.length; ++j) {
                    d.labels[j] = $root.prometheus.Label.toObject(m.labels[j], o, q + 1);
                }
            }
            if (m.samples && m.samples.length) {
                d.samples = $Array(m.samples.length);
                for (var j = 0; j < m.samples.length; ++j) {
                    d.samples[j] = $root.prometheus.Sample.toObject(m.samples[j], o, q + 1);
                }
            }
            if (m.exemplars && m.exemplars.length) {
                d.exemplars = $Array(m.exemplars.length);
                for (var j = 0; j < m.exemplars.length; ++j) {
                    d.exemplars[j] = $root.prometheus.Exemplar.toObject(m.exemplars[j], o, q + 1);
                }
            }
            if (m.histograms && m.histograms.length) {
                d.histograms = $Array(m.histograms.length);
                for (var j = 0; j < m.histograms.length; ++j) {
                    d.histograms[j] = $root.prometheus.Histogram.toObject(m.histograms[j], o, q + 1);
                }
            }
            return d;
        };

        TimeSeries.prototype.toJSON = function() {
            return TimeSeries.toObject(this, $protobuf.util.toJSONOptions);
        };

        return TimeSeries;
    })();

    prometheus.Label = (function() {

        const Label = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        Label.prototype.name = "";
        Label.prototype.value = "";

        Label.create = function(properties) {
            return new Label(properties);
        };

        Label.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(10).string(m.name);
            if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                w.uint32(18).string(m.value);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        Label.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.prometheus.Label();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.value = v;
                        else
                            delete m.value;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        Label.fromObject = function (d, q) {
            if (d instanceof $root.prometheus.Label)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".prometheus.Label: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.prometheus.Label();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.value != null) {
                if (typeof d.value !== "string" || d.value.length) {
                    m.value = $String(d.value);
                }
            }
            return m;
        };

        Label.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.name = "";
                d.value = "";
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                d.value = m.value;
            }
            return d;
        };

        Label.prototype.toJSON = function() {
            return Label.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Label;
    })();

    return prometheus;
})();

export {
  $root as default
};
