//! Expected values were printed by CPython 3.11 for the same calls.

use super::*;

fn big(s: &str) -> BigInt {
    s.parse().unwrap()
}

#[test]
fn random_seed_42() {
    let mut r = Random::blank();
    r.seed_int(&big("42"));
    let got: Vec<f64> = (0..5).map(|_| r.random()).collect();
    assert_eq!(
        got,
        vec![
            0.6394267984578837,
            0.025010755222666936,
            0.27502931836911926,
            0.22321073814882275,
            0.7364712141640124
        ]
    );
}

#[test]
fn random_seed_0() {
    let mut r = Random::blank();
    r.seed_int(&big("0"));
    let got: Vec<f64> = (0..5).map(|_| r.random()).collect();
    assert_eq!(
        got,
        vec![
            0.8444218515250481,
            0.7579544029403025,
            0.420571580830845,
            0.25891675029296335,
            0.5112747213686085
        ]
    );
}

#[test]
fn random_seed_1() {
    let mut r = Random::blank();
    r.seed_int(&big("1"));
    let got: Vec<f64> = (0..5).map(|_| r.random()).collect();
    assert_eq!(
        got,
        vec![
            0.13436424411240122,
            0.8474337369372327,
            0.763774618976614,
            0.2550690257394217,
            0.49543508709194095
        ]
    );
}

#[test]
fn random_seed_negative_equals_abs() {
    let mut r = Random::blank();
    r.seed_int(&big("-12345"));
    let got: Vec<f64> = (0..5).map(|_| r.random()).collect();
    assert_eq!(
        got,
        vec![
            0.41661987254534116,
            0.010169169457068361,
            0.8252065092537432,
            0.2986398551995928,
            0.3684116894884757
        ]
    );
}

#[test]
fn random_seed_2_pow_32() {
    let mut r = Random::blank();
    r.seed_int(&big("4294967296"));
    let got: Vec<f64> = (0..5).map(|_| r.random()).collect();
    assert_eq!(
        got,
        vec![
            0.11299430095636409,
            0.41782886486292836,
            0.0166763664992291,
            0.6117214625782752,
            0.8056470212514185
        ]
    );
}

#[test]
fn random_seed_big() {
    let mut r = Random::blank();
    r.seed_int(&big("1267650600228229401496703217721"));
    let got: Vec<f64> = (0..5).map(|_| r.random()).collect();
    assert_eq!(
        got,
        vec![
            0.44487310994347073,
            0.30211940106972124,
            0.6943236571773822,
            0.0019484605332742433,
            0.1555483822420366
        ]
    );
}

#[test]
fn random_seed_huge_negative() {
    let mut r = Random::blank();
    r.seed_int(&big("-109450060433611308542425445648666217529975487335970618633541940751543906316349209002147856846968715280739995373528253861552495710170702637728891720852868384710440066743972862761169960663579079291058878933088274875698178024977088223396398265555596916473536792437134632739719389969690630523317113111727683195819839003492006097994729312240001"));
    let got: Vec<f64> = (0..5).map(|_| r.random()).collect();
    assert_eq!(
        got,
        vec![
            0.6550966305474702,
            0.29738783197060636,
            0.3926907854706282,
            0.810661958757995,
            0.3551353766213432
        ]
    );
}

#[test]
fn random_seed_str() {
    let mut r = Random::blank();
    r.seed_bytes("hello".as_bytes());
    let got: Vec<f64> = (0..5).map(|_| r.random()).collect();
    assert_eq!(
        got,
        vec![
            0.3537754404730722,
            0.6631985810268619,
            0.5476053663383964,
            0.1308558535179697,
            0.051086691965999353
        ]
    );
}

#[test]
fn random_seed_str_unicode() {
    let mut r = Random::blank();
    r.seed_bytes("héllo✓".as_bytes());
    let got: Vec<f64> = (0..5).map(|_| r.random()).collect();
    assert_eq!(
        got,
        vec![
            0.12601871362713057,
            0.4402755332258871,
            0.2987087600147542,
            0.28296519397895015,
            0.9132154316178326
        ]
    );
}

#[test]
fn random_seed_empty_str() {
    let mut r = Random::blank();
    r.seed_bytes(b"");
    let got: Vec<f64> = (0..5).map(|_| r.random()).collect();
    assert_eq!(
        got,
        vec![
            0.9602256525641875,
            0.595411957851699,
            0.3880117152955401,
            0.7335810344878906,
            0.22083284598771158
        ]
    );
}

#[test]
fn random_seed_bytes() {
    let mut r = Random::blank();
    r.seed_bytes(b"\x00\xffabc");
    let got: Vec<f64> = (0..5).map(|_| r.random()).collect();
    assert_eq!(
        got,
        vec![
            0.5873831832366223,
            0.6538144291887421,
            0.5328357840381056,
            0.8025129388396711,
            0.01890593249078354
        ]
    );
}

#[test]
fn random_seed_float_hash() {
    let mut r = Random::blank();
    r.seed_hash(-1152921504606846977);
    let got: Vec<f64> = (0..5).map(|_| r.random()).collect();
    assert_eq!(
        got,
        vec![
            0.7101153317194698,
            0.0007908885101512997,
            0.9725187281079903,
            0.5638800687220683,
            0.5282561921854393
        ]
    );
}

#[test]
fn random_seed_float_positive() {
    let mut r = Random::blank();
    r.seed_hash(576460752303423491);
    let got: Vec<f64> = (0..5).map(|_| r.random()).collect();
    assert_eq!(
        got,
        vec![
            0.10626827177291942,
            0.6665469378042543,
            0.9030218842443141,
            0.23029773688577215,
            0.7170173497205786
        ]
    );
}

#[test]
fn random_many_draws_cross_twist() {
    let mut r = Random::with_seed(&big("5"));
    for _ in 0..1000 {
        r.random();
    }
    let got: Vec<f64> = (0..3).map(|_| r.random()).collect();
    assert_eq!(
        got,
        vec![0.8713187027692235, 0.039767712548386625, 0.5888551653281111]
    );
}

#[test]
fn getrandbits_sizes() {
    let mut r = Random::with_seed(&big("1"));
    let ks = [0u64, 1, 7, 31, 32, 33, 63, 64, 65, 100, 200];
    let got: Vec<BigInt> = ks.iter().map(|&k| r.getrandbits(k)).collect();
    assert_eq!(
        got,
        vec![
            big("0"),
            big("0"),
            big("72"),
            big("1819850095"),
            big("3445702192"),
            big("3280387012"),
            big("1087608058291172412"),
            big("14037279428536751483"),
            big("27158131138656065699"),
            big("95862496233066760651592857238"),
            big("975667291878830559035426096060610225125446479893166502980738")
        ]
    );
}

#[test]
fn randint_seed_7() {
    let mut r = Random::with_seed(&big("7"));
    let got: Vec<BigInt> = (0..10)
        .map(|_| r.randint(&big("1"), &big("100")).unwrap())
        .collect();
    assert_eq!(
        got,
        vec![
            big("42"),
            big("20"),
            big("51"),
            big("84"),
            big("7"),
            big("10"),
            big("69"),
            big("13"),
            big("47"),
            big("75")
        ]
    );
}

#[test]
fn randint_seed_42() {
    let mut r = Random::with_seed(&big("42"));
    let got: Vec<BigInt> = (0..10)
        .map(|_| r.randint(&big("1"), &big("10")).unwrap())
        .collect();
    assert_eq!(
        got,
        vec![
            big("2"),
            big("1"),
            big("5"),
            big("4"),
            big("4"),
            big("3"),
            big("2"),
            big("9"),
            big("2"),
            big("10")
        ]
    );
}

#[test]
fn randint_huge_bounds() {
    let mut r = Random::with_seed(&big("-3"));
    let (a, b) = (
        big("-10000000000000000000000000"),
        big("10000000000000000000000000"),
    );
    let got: Vec<BigInt> = (0..4).map(|_| r.randint(&a, &b).unwrap()).collect();
    assert_eq!(
        got,
        vec![
            big("8428030767380246409926261"),
            big("-8344670516682903794055390"),
            big("-8800283162550769152958305"),
            big("423145790824167217923139")
        ]
    );
}

#[test]
fn randrange_cases() {
    let mut r = Random::with_seed(&big("2024"));
    assert_eq!(r.randrange(&big("10"), None, &big("1")), Ok(big("7")));
    assert_eq!(
        r.randrange(&big("0"), Some(&big("100")), &big("7")),
        Ok(big("14"))
    );
    assert_eq!(
        r.randrange(&big("100"), Some(&big("0")), &big("-3")),
        Ok(big("43"))
    );
    assert_eq!(
        r.randrange(&big("-50"), Some(&big("50")), &big("1")),
        Ok(big("-25"))
    );
    assert_eq!(
        r.randrange(
            &big("0"),
            Some(&big("1000000000000000000000000000000")),
            &big("1")
        ),
        Ok(big("983228515573485212763894971046"))
    );
    assert_eq!(
        r.randrange(
            &big("100000000000000000000"),
            Some(&big("1000000000000000000000")),
            &big("100000")
        ),
        Ok(big("783309418230845100000"))
    );
    assert_eq!(
        r.randrange(&big("5"), Some(&big("6")), &big("1")),
        Ok(big("5"))
    );
    assert_eq!(r.randrange(&big("1000"), None, &big("1")), Ok(big("545")));
    assert_eq!(
        r.randrange(&big("-7"), Some(&big("7")), &big("2")),
        Ok(big("-5"))
    );
    assert_eq!(
        r.randrange(&big("10"), Some(&big("-10")), &big("-1")),
        Ok(big("-5"))
    );
}

#[test]
fn randrange_errors() {
    let mut r = Random::with_seed(&big("1"));
    assert_eq!(
        r.randrange(&big("0"), None, &big("1")),
        Err("empty range for randrange()".to_string())
    );
    assert_eq!(
        r.randrange(&big("-3"), None, &big("1")),
        Err("empty range for randrange()".to_string())
    );
    assert_eq!(
        r.randrange(&big("5"), Some(&big("5")), &big("1")),
        Err("empty range for randrange() (5, 5, 0)".to_string())
    );
    assert_eq!(
        r.randrange(&big("5"), Some(&big("2")), &big("1")),
        Err("empty range for randrange() (5, 2, -3)".to_string())
    );
    assert_eq!(
        r.randrange(&big("0"), Some(&big("10")), &big("0")),
        Err("zero step for randrange()".to_string())
    );
    assert_eq!(
        r.randrange(&big("0"), Some(&big("10")), &big("-1")),
        Err("empty range for randrange()".to_string())
    );
    assert_eq!(
        r.randrange(&big("10"), Some(&big("0")), &big("2")),
        Err("empty range for randrange()".to_string())
    );
}

#[test]
fn randint_empty_error() {
    let mut r = Random::with_seed(&big("1"));
    assert_eq!(
        r.randint(&big("3"), &big("1")),
        Err("empty range for randrange() (3, 2, -1)".to_string())
    );
}

#[test]
fn choice_seed_3() {
    let mut r = Random::with_seed(&big("3"));
    let got: Vec<usize> = (0..12).map(|_| r.choice_index(7).unwrap()).collect();
    assert_eq!(
        got,
        vec![
            1usize, 4usize, 4usize, 1usize, 2usize, 4usize, 3usize, 5usize, 4usize, 0usize, 4usize,
            0usize
        ]
    );
}

#[test]
fn choice_empty() {
    let mut r = Random::with_seed(&big("3"));
    assert_eq!(r.choice_index(0), None);
}

#[test]
fn shuffle_seed_11_n_10() {
    let mut r = Random::with_seed(&big("11"));
    let mut x: Vec<usize> = (0..10).collect();
    r.shuffle(&mut x);
    assert_eq!(
        x,
        vec![2usize, 6usize, 0usize, 1usize, 5usize, 4usize, 3usize, 9usize, 8usize, 7usize]
    );
    assert_eq!(r.random(), 0.6298827202168019);
}

#[test]
fn shuffle_seed_99_n_52() {
    let mut r = Random::with_seed(&big("99"));
    let mut x: Vec<usize> = (0..52).collect();
    r.shuffle(&mut x);
    assert_eq!(
        x,
        vec![
            20usize, 35usize, 37usize, 47usize, 17usize, 9usize, 30usize, 7usize, 40usize, 29usize,
            27usize, 3usize, 6usize, 0usize, 19usize, 44usize, 1usize, 36usize, 51usize, 45usize,
            32usize, 28usize, 42usize, 22usize, 2usize, 10usize, 18usize, 48usize, 21usize,
            46usize, 4usize, 39usize, 41usize, 23usize, 13usize, 26usize, 49usize, 31usize,
            43usize, 34usize, 33usize, 50usize, 16usize, 5usize, 8usize, 15usize, 14usize, 11usize,
            38usize, 12usize, 24usize, 25usize
        ]
    );
    assert_eq!(r.random(), 0.12913972300159404);
}

#[test]
fn shuffle_seed_0_n_2() {
    let mut r = Random::with_seed(&big("0"));
    let mut x: Vec<usize> = (0..2).collect();
    r.shuffle(&mut x);
    assert_eq!(x, vec![0usize, 1usize]);
    assert_eq!(r.random(), 0.7579544029403025);
}

#[test]
fn shuffle_swaps_match_shuffle() {
    let mut r = Random::with_seed(&big("11"));
    let mut x: Vec<usize> = (0..10).collect();
    for (i, j) in r.shuffle_swaps(10) {
        x.swap(i, j);
    }
    assert_eq!(
        x,
        vec![2usize, 6usize, 0usize, 1usize, 5usize, 4usize, 3usize, 9usize, 8usize, 7usize]
    );
}

#[test]
fn sample_seed_1_n10_k5() {
    let mut r = Random::with_seed(&big("1"));
    assert_eq!(
        r.sample_indices(10, 5).unwrap(),
        vec![2usize, 1usize, 4usize, 0usize, 3usize]
    );
}

#[test]
fn sample_seed_2_n1000_k10() {
    let mut r = Random::with_seed(&big("2"));
    assert_eq!(
        r.sample_indices(1000, 10).unwrap(),
        vec![
            978usize, 883usize, 970usize, 869usize, 57usize, 93usize, 86usize, 369usize, 855usize,
            173usize
        ]
    );
}

#[test]
fn sample_seed_3_n100_k30() {
    let mut r = Random::with_seed(&big("3"));
    assert_eq!(
        r.sample_indices(100, 30).unwrap(),
        vec![
            30usize, 75usize, 69usize, 16usize, 47usize, 77usize, 60usize, 80usize, 74usize,
            8usize, 94usize, 1usize, 93usize, 33usize, 70usize, 29usize, 24usize, 87usize, 97usize,
            85usize, 82usize, 50usize, 19usize, 84usize, 89usize, 66usize, 49usize, 88usize,
            90usize, 20usize
        ]
    );
}

#[test]
fn sample_seed_4_n1000000_k20() {
    let mut r = Random::with_seed(&big("4"));
    assert_eq!(
        r.sample_indices(1000000, 20).unwrap(),
        vec![
            247514usize,
            318031usize,
            108177usize,
            756250usize,
            415297usize,
            502140usize,
            162500usize,
            94476usize,
            69746usize,
            20779usize,
            421098usize,
            576089usize,
            962545usize,
            303432usize,
            839335usize,
            802331usize,
            61705usize,
            232708usize,
            545615usize,
            562749usize
        ]
    );
}

#[test]
fn sample_seed_5_n277_k30() {
    let mut r = Random::with_seed(&big("5"));
    assert_eq!(
        r.sample_indices(277, 30).unwrap(),
        vec![
            130usize, 183usize, 271usize, 14usize, 238usize, 127usize, 26usize, 80usize, 57usize,
            190usize, 240usize, 126usize, 194usize, 52usize, 274usize, 6usize, 110usize, 208usize,
            143usize, 93usize, 199usize, 81usize, 195usize, 204usize, 18usize, 35usize, 158usize,
            250usize, 113usize, 32usize
        ]
    );
}

#[test]
fn sample_seed_6_n278_k30() {
    let mut r = Random::with_seed(&big("6"));
    assert_eq!(
        r.sample_indices(278, 30).unwrap(),
        vec![
            41usize, 248usize, 133usize, 18usize, 0usize, 74usize, 240usize, 191usize, 163usize,
            11usize, 139usize, 250usize, 101usize, 211usize, 275usize, 276usize, 48usize, 98usize,
            135usize, 45usize, 217usize, 171usize, 47usize, 185usize, 209usize, 128usize, 227usize,
            100usize, 149usize, 49usize
        ]
    );
}

#[test]
fn sample_seed_7_n5_k5() {
    let mut r = Random::with_seed(&big("7"));
    assert_eq!(
        r.sample_indices(5, 5).unwrap(),
        vec![2usize, 1usize, 3usize, 0usize, 4usize]
    );
}

#[test]
fn sample_seed_8_n26_k5() {
    let mut r = Random::with_seed(&big("8"));
    assert_eq!(
        r.sample_indices(26, 5).unwrap(),
        vec![7usize, 11usize, 12usize, 4usize, 6usize]
    );
}

#[test]
fn sample_seed_9_n21_k3() {
    let mut r = Random::with_seed(&big("9"));
    assert_eq!(
        r.sample_indices(21, 3).unwrap(),
        vec![14usize, 19usize, 11usize]
    );
}

#[test]
fn sample_too_large() {
    let mut r = Random::with_seed(&big("1"));
    assert_eq!(
        r.sample_indices(3, 4),
        Err("Sample larger than population or is negative".to_string())
    );
}

#[test]
fn sample_counts() {
    let mut r = Random::with_seed(&big("12"));
    let counts = vec![big("4"), big("2"), big("3")];
    assert_eq!(
        r.sample_counts_indices(3, &counts, 6).unwrap(),
        vec![2usize, 1usize, 1usize, 2usize, 0usize, 0usize]
    );
    assert!(matches!(
        r.sample_counts_indices(2, &counts, 1),
        Err(RandomError::ValueError(_))
    ));
    assert_eq!(
        r.sample_counts_indices(1, &[big("0")], 1),
        Err(RandomError::ValueError(
            "Total of counts must be greater than zero".into()
        ))
    );
}

#[test]
fn choices_unweighted() {
    let mut r = Random::with_seed(&big("8"));
    assert_eq!(
        r.choices_indices(5, None, 10).unwrap(),
        vec![1usize, 4usize, 0usize, 3usize, 0usize, 1usize, 4usize, 1usize, 3usize, 2usize]
    );
}

#[test]
fn choices_weighted() {
    let mut r = Random::with_seed(&big("8"));
    let cum = accumulate(&[1.0, 2.0, 3.0, 4.0, 0.5]);
    assert_eq!(
        r.choices_indices(5, Some(&cum), 10).unwrap(),
        vec![1usize, 4usize, 1usize, 3usize, 0usize, 1usize, 4usize, 1usize, 3usize, 2usize]
    );
}

#[test]
fn choices_cum_weights() {
    let mut r = Random::with_seed(&big("9"));
    assert_eq!(
        r.choices_indices(5, Some(&[0.1, 0.1, 5.0, 7.5, 8.0]), 8)
            .unwrap(),
        vec![2usize, 2usize, 2usize, 3usize, 0usize, 2usize, 3usize, 2usize]
    );
}

#[test]
fn choices_errors() {
    let mut r = Random::with_seed(&big("9"));
    let v = |s: &str| Err(RandomError::ValueError(s.to_string()));
    assert_eq!(
        r.choices_indices(2, Some(&[1.0]), 1),
        v("The number of weights does not match the population")
    );
    assert_eq!(
        r.choices_indices(2, Some(&[0.0, 0.0]), 1),
        v("Total of weights must be greater than zero")
    );
    assert_eq!(
        r.choices_indices(2, Some(&[1.0, f64::INFINITY]), 1),
        v("Total of weights must be finite")
    );
    assert_eq!(
        r.choices_indices(2, Some(&[1.0, f64::NAN]), 1),
        v("Total of weights must be finite")
    );
    assert!(matches!(
        r.choices_indices(0, None, 1),
        Err(RandomError::IndexError(_))
    ));
    assert_eq!(r.choices_indices(0, None, 0), Ok(vec![]));
}

#[test]
fn uniform_triangular() {
    let mut r = Random::with_seed(&big("100"));
    let got = vec![
        r.uniform(1.5, 7.25),
        r.uniform(10.0, -10.0),
        r.triangular(0.0, 1.0, None),
        r.triangular(0.0, 10.0, Some(9.0)),
        r.triangular(2.0, 2.0, Some(2.0)),
        r.triangular(5.0, 1.0, Some(2.0)),
    ];
    assert_eq!(
        got,
        vec![
            2.3375982168487495,
            0.9014599097195735,
            0.6614618231713165,
            7.968449687615685,
            2.0,
            2.7191726898458874
        ]
    );
}

#[test]
fn gauss_caches_pair() {
    let mut r = Random::with_seed(&big("101"));
    let got = vec![
        r.gauss(0.0, 1.0),
        r.gauss(0.0, 1.0),
        r.gauss(0.0, 1.0),
        r.gauss(10.0, 2.0),
    ];
    assert_eq!(
        got,
        vec![
            -0.5744671730602265,
            -0.32125319330765,
            2.2162220245147317,
            9.016571500646926
        ]
    );
}

#[test]
fn gauss_reseed_clears_cache() {
    let mut r = Random::with_seed(&big("101"));
    r.gauss(0.0, 1.0);
    r.seed_int(&big("101"));
    assert_eq!(r.gauss(0.0, 1.0), -0.5744671730602265);
}

#[test]
fn normalvariate_lognorm() {
    let mut r = Random::with_seed(&big("102"));
    let mut got: Vec<f64> = (0..4).map(|_| r.normalvariate(0.0, 1.0)).collect();
    got.push(r.normalvariate(5.0, 0.5));
    got.push(r.lognormvariate(0.0, 0.25));
    assert_eq!(
        got,
        vec![
            -1.5716601791169467,
            -1.9710498717187959,
            0.3004724625053649,
            0.46471835372520554,
            4.166157308589917,
            1.11274291454407
        ]
    );
}

#[test]
fn expovariate() {
    let mut r = Random::with_seed(&big("103"));
    let mut got: Vec<f64> = (0..4).map(|_| r.expovariate(1.5).unwrap()).collect();
    got.push(r.expovariate(-2.0).unwrap());
    assert_eq!(
        got,
        vec![
            2.577081576018506,
            0.4062363230038552,
            0.8459042634182468,
            0.885064181229635,
            -0.1209731529917125
        ]
    );
    assert_eq!(
        r.expovariate(0.0),
        Err(RandomError::ZeroDivisionError(
            "float division by zero".into()
        ))
    );
}

#[test]
fn vonmises_pareto_weibull() {
    let mut r = Random::with_seed(&big("104"));
    let got = vec![
        r.vonmisesvariate(1.0, 4.0),
        r.vonmisesvariate(0.0, 0.0),
        r.vonmisesvariate(-3.0, 0.5),
        r.paretovariate(2.5).unwrap(),
        r.weibullvariate(1.0, 1.5).unwrap(),
    ];
    assert_eq!(
        got,
        vec![
            6.266700196878426,
            4.485004422464719,
            1.0476705819665444,
            2.4671500350545164,
            0.25092626467278734
        ]
    );
}

#[test]
fn gamma_beta() {
    let mut r = Random::with_seed(&big("105"));
    let got = vec![
        r.gammavariate(0.5, 1.0).unwrap(),
        r.gammavariate(1.0, 2.0).unwrap(),
        r.gammavariate(2.5, 1.5).unwrap(),
        r.gammavariate(9.0, 0.5).unwrap(),
        r.betavariate(2.0, 3.0).unwrap(),
        r.betavariate(0.5, 0.5).unwrap(),
    ];
    assert_eq!(
        got,
        vec![
            1.242554098635433,
            3.12819939789832,
            6.829052526833031,
            3.0303262666209014,
            0.6654676142374263,
            0.9167585185474937
        ]
    );
    assert_eq!(
        r.gammavariate(0.0, 1.0),
        Err(RandomError::ValueError(
            "gammavariate: alpha and beta must be > 0.0".into()
        ))
    );
}

#[test]
fn randbytes() {
    let mut r = Random::with_seed(&big("106"));
    assert_eq!(
        r.randbytes(10),
        vec![112, 94, 239, 181, 196, 185, 107, 250, 174, 230]
    );
    assert_eq!(r.randbytes(3), vec![69, 175, 122]);
    assert_eq!(r.randbytes(0), Vec::<u8>::new());
}

#[test]
fn randbelow_big_and_edges() {
    let mut r = Random::with_seed(&big("107"));
    let n = big("10000000000000000000000000000000000000000");
    let mut got: Vec<BigInt> = (0..3).map(|_| r.randbelow(&n)).collect();
    got.push(r.randbelow(&big("1")));
    got.push(r.randbelow(&big("18446744073709551616")));
    got.push(r.randbelow(&big("18446744073709551615")));
    assert_eq!(
        got,
        vec![
            big("8330969933790592993716164096847027377814"),
            big("3147651156257486749015100770424635678951"),
            big("2148359292206929852837473916586063474654"),
            big("0"),
            big("10879330865367669823"),
            big("2828059539709297750")
        ]
    );
}

#[test]
fn mixed_program_seed_42() {
    let mut r = Random::with_seed(&big("42"));
    assert_eq!(r.random(), 0.6394267984578837);
    assert_eq!(r.randint(&big("1"), &big("10")), Ok(big("1")));
    assert_eq!(r.choice_index(4), Some(2));
    assert_eq!(r.uniform(0.0, 1.0), 0.24489185380347622);
}

#[test]
fn unseeded_generators_differ() {
    let mut a = Random::new_unseeded();
    let mut b = Random::new_unseeded();
    let x: Vec<u32> = (0..4).map(|_| a.next_u32()).collect();
    let y: Vec<u32> = (0..4).map(|_| b.next_u32()).collect();
    assert_ne!(x, y);
    let f = a.random();
    assert!((0.0..1.0).contains(&f));
}

#[test]
fn accumulate_keeps_order() {
    assert_eq!(accumulate(&[1.0, 2.5, -0.5]), vec![1.0, 3.5, 3.0]);
    assert_eq!(accumulate(&[]), Vec::<f64>::new());
}
