"""compare_many(): the same reports in order, serially, on a process pool and on a Dask cluster.

The Dask test needs the ``dask`` extra (``pip install factcheck[dask]``) and is skipped
without it; it starts a local two-process cluster and passes ``client.get_executor()``.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import Any, TypeVar

import pytest

import factcheck
from factcheck import InvalidType, Report, Source

T = TypeVar("T")

JAN_26 = dt.date(2026, 1, 26)


def _clusters() -> list[list[Source | str]]:
    """Small clusters in every language, as Sources and as plain strings."""
    return [
        [
            Source(
                "Er werden 120 boetes uitgedeeld, meldt de politie.", name="anp", lang="nl", published=JAN_26
            ),
            Source("De politie deelde 95 boetes uit.", name="nos", lang="nl", published=JAN_26),
        ],
        [
            Source("Thousands of people marched on Saturday.", name="post", lang="en", published=JAN_26),
            Source(
                "About 3,400 people joined the march on Saturday.", name="echo", lang="en", published=JAN_26
            ),
            Source("Police said 3,400 people marched on Saturday.", name="wire", lang="en", published=JAN_26),
        ],
        [
            Source("Der Zoll stellte 1,2 Tonnen Kokain sicher.", name="spiegel", lang="de", published=JAN_26),
            Source(
                "Zollfahnder stellten 1.180 Kilogramm Kokain sicher.", name="ndr", lang="de", published=JAN_26
            ),
        ],
        [
            Source(
                "« Nous ne laisserons personne au bord de la route », a déclaré la ministre.",
                name="a",
                lang="fr",
            ),
            Source(
                "La ministre a promis : « Nous ne laisserons personne au bord de la route ».",
                name="b",
                lang="fr",
            ),
        ],
        [
            Source("La Guardia Civil se incautó de 3,5 toneladas de hachís.", name="x", lang="es"),
            Source("Los agentes intervinieron unos 3.500 kilos de hachís.", name="y", lang="es"),
        ],
        ["date 2026-01-26 De boete was 120 miljoen euro.", "date 2026-01-26 The fine was $120 million."],
        ["", "no claims at all"],
    ]


def _serial(clusters: Sequence[Sequence[Source | str]]) -> list[Report]:
    return [factcheck.compare(*cluster) for cluster in clusters]


def test_serial_is_compare_per_cluster_in_order() -> None:
    clusters = _clusters()
    reports = factcheck.compare_many(clusters)
    assert reports == _serial(clusters)
    assert [len(r.sources) for r in reports] == [2, 3, 2, 2, 2, 2, 2]
    assert [r.to_dict() for r in reports] == [r.to_dict() for r in _serial(clusters)]


def test_accepts_any_iterable_of_clusters() -> None:
    clusters = _clusters()
    assert factcheck.compare_many(iter(clusters)) == _serial(clusters)
    assert factcheck.compare_many(tuple(tuple(c) for c in clusters)) == _serial(clusters)
    assert factcheck.compare_many([]) == []


def test_a_cluster_must_be_a_list_of_sources() -> None:
    with pytest.raises(InvalidType, match="cluster 1"):
        factcheck.compare_many([["a", "b"], "ab"])
    not_a_cluster: Any = Source("a")
    with pytest.raises(InvalidType, match="cluster 0"):
        factcheck.compare_many([not_a_cluster])
    with pytest.raises(factcheck.InvalidArgument, match="at least two sources"):
        factcheck.compare_many([["only one"]])


@pytest.mark.parametrize("chunksize", [1, 16])
def test_process_pool_gives_the_serial_reports(chunksize: int) -> None:
    clusters = _clusters() * 3
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        reports = factcheck.compare_many(clusters, pool, chunksize=chunksize)
    assert reports == _serial(clusters)
    assert [r.to_dict() for r in reports] == [r.to_dict() for r in _serial(clusters)]


class _PlainExecutor(Executor):
    """An executor whose map() takes no chunksize, like some third-party executors."""

    def __init__(self) -> None:
        self.calls = 0

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        future.set_result(fn(*args, **kwargs))
        return future

    def map(  # type: ignore[override]
        self, fn: Callable[..., T], *iterables: Iterable[Any], timeout: float | None = None
    ) -> Iterator[T]:
        del timeout
        self.calls += 1
        return iter([fn(*args) for args in zip(*iterables, strict=True)])


def test_an_executor_without_chunksize() -> None:
    clusters = _clusters()
    executor = _PlainExecutor()
    assert factcheck.compare_many(clusters, executor) == _serial(clusters)
    assert executor.calls == 1


@pytest.mark.slow
def test_dask_cluster_gives_the_serial_reports() -> None:
    distributed = pytest.importorskip("distributed")
    clusters = _clusters() * 2
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        reports = factcheck.compare_many(clusters, client.get_executor())
    assert reports == _serial(clusters)
    assert [r.to_dict() for r in reports] == [r.to_dict() for r in _serial(clusters)]


class _FailingExecutor(_PlainExecutor):
    """An executor whose map() raises, to see that compare_many restores what it changed."""

    def map(  # type: ignore[override]
        self, fn: Callable[..., T], *iterables: Iterable[Any], timeout: float | None = None
    ) -> Iterator[T]:
        del fn, iterables, timeout
        msg = "worker lost"
        raise RuntimeError(msg)


class _CollectorProbe(_PlainExecutor):
    """Records whether the cyclic garbage collector runs while reports are produced."""

    def __init__(self) -> None:
        super().__init__()
        self.collector: list[bool] = []

    def map(  # type: ignore[override]
        self, fn: Callable[..., T], *iterables: Iterable[Any], timeout: float | None = None
    ) -> Iterator[T]:
        self.collector.append(gc.isenabled())
        return super().map(fn, *iterables, timeout=timeout)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_paused_while_reports_arrive_then_restored(*, enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        probe = _CollectorProbe()
        assert factcheck.compare_many(_clusters(), probe) == _serial(_clusters())
        assert probe.collector == [False]
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError, match="worker lost"):
            factcheck.compare_many(_clusters(), _FailingExecutor())
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_compare_leaves_the_garbage_collector_as_it_found_it() -> None:
    was = gc.isenabled()
    try:
        for enabled in (True, False):
            gc.enable() if enabled else gc.disable()
            factcheck.compare(
                "Er werden 120 boetes uitgedeeld.", "Er werden 95 boetes uitgedeeld.", lang="nl"
            )
            factcheck.check("120 boetes", ["Er werden 95 boetes uitgedeeld."], lang="nl")
            assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
