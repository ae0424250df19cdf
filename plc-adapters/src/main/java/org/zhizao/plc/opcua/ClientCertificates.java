package org.zhizao.plc.opcua;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * The client's application instance certificate and its trust list, on disk as an administrator
 * manages them:
 *
 * <pre>
 * pkiDir/client.pfx          PKCS12 key store with the client's key pair; created once, kept
 * pkiDir/trusted/certs/      server certificates the client trusts
 * pkiDir/issuers/certs/      CA certificates that issue server certificates
 * pkiDir/rejected/certs/     unknown server certificates, rejected; move one to trusted/certs to trust it
 * </pre>
 */
final class ClientCertificates {

  /** The client's application URI, written in its certificate. */
  static final String APPLICATION_URI = "urn:zhizao:mes:opcua-client";

  private static final String ALIAS = "zhizao-mes-client";
  private static final char[] STORE_PASSWORD = "zhizao-mes".toCharArray();

  private final KeyPair keyPair;
  private final X509Certificate certificate;
  private final FileBasedTrustListManager trustList;
  private final CertificateValidator validator;
  private final Path rejectedDir;

  private ClientCertificates(KeyPair keyPair, X509Certificate certificate,
      FileBasedTrustListManager trustList, Path rejectedDir) throws IOException {
    this.keyPair = keyPair;
    this.certificate = certificate;
    this.trustList = trustList;
    this.rejectedDir = rejectedDir;
    this.validator = new DefaultClientCertificateValidator(
        trustList, FileBasedCertificateQuarantine.create(rejectedDir));
  }

  /** Opens the store in {@code pkiDir}, creating the key pair and folders on first use. */
  static ClientCertificates open(Path pkiDir) {
    try {
      Files.createDirectories(pkiDir);
      Path storeFile = pkiDir.resolve("client.pfx");
      KeyStore store = KeyStore.getInstance("PKCS12");
      if (Files.exists(storeFile)) {
        try (InputStream in = Files.newInputStream(storeFile)) {
          store.load(in, STORE_PASSWORD);
        }
      } else {
        store.load(null, STORE_PASSWORD);
        KeyPair pair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate cert = new SelfSignedCertificateBuilder(pair)
            .setCommonName("Zhizao MES OPC UA client")
            .setOrganization("Zhizao MES")
            .setApplicationUri(APPLICATION_URI)
            .addDnsName("localhost")
            .addIpAddress("127.0.0.1")
            .build();
        store.setKeyEntry(ALIAS, pair.getPrivate(), STORE_PASSWORD, new X509Certificate[] {cert});
        Path temp = pkiDir.resolve("client.pfx.tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
          store.store(out, STORE_PASSWORD);
        }
        Files.move(temp, storeFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      X509Certificate cert = (X509Certificate) store.getCertificate(ALIAS);
      PrivateKey key = (PrivateKey) store.getKey(ALIAS, STORE_PASSWORD);
      FileBasedTrustListManager trustList = FileBasedTrustListManager.createAndInitialize(pkiDir);
      return new ClientCertificates(new KeyPair(cert.getPublicKey(), key), cert, trustList,
          pkiDir.resolve("rejected").resolve("certs"));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot open the client certificate store in " + pkiDir
          + ": " + e.getMessage(), e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create the client certificate in " + pkiDir
          + ": " + e.getMessage(), e);
    }
  }

  KeyPair keyPair() {
    return keyPair;
  }

  X509Certificate certificate() {
    return certificate;
  }

  CertificateValidator validator() {
    return validator;
  }

  /** Trusts a server certificate, as an administrator moving it to trusted/certs would. */
  void trust(X509Certificate serverCertificate) {
    trustList.addTrustedCertificate(serverCertificate);
  }

  Path rejectedDir() {
    return rejectedDir;
  }
}
